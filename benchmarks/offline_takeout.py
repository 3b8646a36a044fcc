"""Taking a locality out onto a laptop: 2,000 records of one locality and 50,000 of its crimes.

    python benchmarks/offline_takeout.py [--runs 5] [--records 2000] [--crimes 50000] [--postgresql]

Builds (once, cached outside the repository) the demo partnership with `records` more records in
Borehamwood (cases with their actions, updates and people; hotspots with their status changes)
and `crimes` crimes in Borehamwood's wards over 24 months, plus as many in the other localities'
wards, which the take-out leaves behind. Each run takes Borehamwood out of a fresh copy of that
store into a new encrypted file (services.offline.takeout.take_out, as `jagdesk takeout` does),
timing the whole take-out: choosing the records, writing and encrypting the file, recording the
take-out on the shared store. With --postgresql the store is copied (jagdesk transfer) onto a
throwaway PostgreSQL server started as the tests start theirs, and taken out of there.
Prints one {"bench": "offline_takeout", "backend": ..., ...} line per run.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

if str(_common.REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_common.REPO_ROOT))

GOAL_S = 5.0
LOCALITY = "Borehamwood"
STORE_VERSION = "2"
PASSPHRASE = "correct horse battery"
SEED = 20261202


def _records(uow: Any, locality: Any, contacts: list[Any], wanted: int) -> int:
    """`wanted` records of the locality: cases of 15 records each (the case, five actions with an
    update each, two people and their links), the rest hotspots of five (four status changes)."""
    from jagdesk.store.models import (
        Action,
        ActionUpdate,
        CasePerson,
        Hotspot,
        HotspotStatusChange,
        Person,
        ProblemCase,
    )

    rng = random.Random(SEED)
    day = date(2025, 1, 1)
    made = 0
    cases = (wanted * 9 // 10) // 15
    for n in range(cases):
        case = ProblemCase(id=uuid.uuid4(), reference=f"PS-2025-{n + 100:03d}", name=f"Bench case {n}",
                           opened_on=day + timedelta(days=n % 300), locality_id=locality.id,
                           owner_id=rng.choice(contacts).id, behaviour="Street drinking " * 10)
        uow.session.add(case)
        uow.session.flush()  # the case before what refers to it
        for a in range(5):
            action = Action(id=uuid.uuid4(), reference=f"{case.reference}/{a + 1:02d}", case_id=case.id,
                            description=f"Action {a + 1} of case {n}: patrols and letters " * 3,
                            owner_contact_id=rng.choice(contacts).id,
                            due_on=day + timedelta(days=n % 300 + 30 * a))
            uow.session.add(action)
            uow.session.flush()
            uow.session.add(ActionUpdate(action_id=action.id, written_on=day, text="Done in part."))
        for side in ("victim", "offender"):
            person = Person(id=uuid.uuid4(), given_names=f"Given{n}", family_name=f"Family{n}{side}")
            uow.session.add(person)
            uow.session.flush()
            uow.session.add(CasePerson(case_id=case.id, person_id=person.id, side=side))
        made += 15
    n = 0
    while made + 5 <= wanted:
        hotspot = Hotspot(id=uuid.uuid4(), name=f"Bench hotspot {n}", locality_id=locality.id,
                          latitude=51.65 + n / 10_000, longitude=-0.27, status="active")
        uow.session.add(hotspot)
        uow.session.flush()
        for s in range(4):
            uow.session.add(HotspotStatusChange(hotspot_id=hotspot.id, status="active",
                                                changed_on=day + timedelta(days=s)))
        made += 5
        n += 1
    return made


def _crimes(connection: Any, wards: list[Any], file_id: Any, count: int, first_line: int,
            first_month: str) -> None:
    from sqlalchemy import insert

    from jagdesk.domain.common.periods import add_months
    from jagdesk.store.models import Crime

    rng = random.Random(SEED + first_line)
    rows = [{"file_id": file_id, "line_no": first_line + n, "crime_ref": uuid.uuid4().hex,
             "month": add_months(first_month, n % 24), "reported_by": "Hertfordshire Constabulary",
             "falls_within": "Hertfordshire Constabulary", "longitude": -0.27 + rng.random() / 50,
             "latitude": 51.65 + rng.random() / 50, "location": "On or near Shenley Road",
             "lsoa_code": "E01023800", "lsoa_name": "Hertsmere 004A",
             "crime_type": rng.choice(("Anti-social behaviour", "Violence and sexual offences",
                                       "Criminal damage and arson", "Shoplifting")),
             "last_outcome": None, "outcome_month": None, "context": None,
             "ward_id": wards[n % len(wards)].id, "outside": False} for n in range(count)]
    for start in range(0, count, 10_000):
        connection.execute(insert(Crime), rows[start:start + 10_000])


def build(records: int, crimes: int) -> Path:
    """The benchmark's store, built once per size and kept in the cache folder."""
    from sqlalchemy import func, select

    from jagdesk.domain.common.periods import add_months
    from jagdesk.services.demo.load import load_demo
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.models import Contact, Crime, CrimeFile, Locality, Ward
    from jagdesk.store.opening import open_store

    path = _common.cache_dir() / f"offline-takeout-v{STORE_VERSION}-{records}-{crimes}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    _common.note(f"building {path.name} (once)")
    os.environ.setdefault("JAGDESK_SHARED_DATA", str(_common.REPO_ROOT.parent / "shared" / "data"))
    with open_store(sqlite_location(partial), backup_keep=0) as store:
        with store.unit_of_work() as uow:
            load_demo(uow)
            uow.commit()
        with store.unit_of_work() as uow:
            locality = uow.session.scalars(select(Locality).where(Locality.name == LOCALITY)).one()
            contacts = list(uow.session.scalars(select(Contact)))
            made = _records(uow, locality, contacts, records)
            uow.commit()
        _common.note(f"{made} records added to {LOCALITY}")
        with store.engine.begin() as connection:
            wards = list(connection.execute(select(Ward.id, Ward.locality_id)))
            ours = [ward for ward in wards if ward.locality_id == locality.id]
            others = [ward for ward in wards if ward.locality_id != locality.id]
            file_id = connection.scalar(select(CrimeFile.id).limit(1))
            # The 24 months up to the demo's latest, all of which a take-out of 24 months holds.
            first = add_months(str(connection.scalar(select(func.max(Crime.month)))), -23)
            _crimes(connection, ours, file_id, crimes, 1_000_000, first)
            _crimes(connection, others, file_id, crimes, 2_000_000, first)
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path


def _time_takeout(server: Any, folder: Path, run: int) -> None:
    """One take-out of the locality into `folder`, timed whole; its JSON line."""
    from jagdesk.services.offline.takeout import take_out
    from jagdesk.services.offline.types import TakeoutRequest

    began, began_cpu = time.perf_counter(), time.process_time()
    result = take_out(server, TakeoutRequest(LOCALITY, folder / "laptop.db", PASSPHRASE))
    seconds = time.perf_counter() - began
    cpu = time.process_time() - began_cpu
    _common.emit({"bench": "offline_takeout", "backend": server.location.backend, "run": run + 1,
                  "records": result.records, "crimes": result.crimes,
                  "file_mb": round(result.file.stat().st_size / 1e6, 1), "seconds": round(seconds, 2),
                  "cpu_s": round(cpu, 2), "goal_s": GOAL_S, "meets_goal": seconds < GOAL_S})


def _from_server(cached: Path, work: Path, runs: int) -> None:
    """The runs against a throwaway PostgreSQL server holding a copy of the store."""
    from jagdesk.services.admin.transfer import transfer
    from jagdesk.store.location import resolve_location, sqlite_location
    from jagdesk.store.opening import open_store
    from tests.support.postgres import PostgresServer

    postgres = PostgresServer()
    try:
        postgres.start()
        url = postgres.url(postgres.new_database())
        _common.note("copying the store onto the server")
        with open_store(sqlite_location(_common.copy_store(cached, work)), backup_keep=0) as source, \
                open_store(resolve_location(url), backup_keep=0) as server:
            transfer(source, server)
            for run in range(runs):
                folder = work / f"run{run}"
                folder.mkdir()
                _time_takeout(server, folder, run)
                _common.cleanup(folder)
    finally:
        postgres.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    parser.add_argument("--records", type=int, default=2_000)
    parser.add_argument("--crimes", type=int, default=50_000)
    parser.add_argument("--postgresql", action="store_true",
                        help="take out of a PostgreSQL server holding the same store")
    args = parser.parse_args()

    work = _common.work_dir("offline-takeout")
    os.environ["JAGDESK_DATA_DIR"] = str(work / "data")
    try:
        cached = build(args.records, args.crimes)
        from jagdesk.store.location import sqlite_location
        from jagdesk.store.opening import open_store

        if args.postgresql:
            _from_server(cached, work, args.runs)
        else:
            for run in range(args.runs):
                folder = work / f"run{run}"
                folder.mkdir()
                with open_store(sqlite_location(_common.copy_store(cached, folder)),
                                backup_keep=0) as server:
                    _time_takeout(server, folder, run)
                _common.cleanup(folder)
    finally:
        _common.cleanup(work)


if __name__ == "__main__":
    main()
