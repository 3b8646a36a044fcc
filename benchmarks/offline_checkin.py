"""Checking a take-out of 2,000 records and 50,000 crimes back in, with some changes on each side.

    python benchmarks/offline_checkin.py [--runs 3] [--records 2000] [--crimes 50000]

The shared store is the demo partnership (benchmarks/stores.py's cached demo) with Borehamwood
grown to about `records` records (cases, each with actions and updates, and hotspots, inserted
in bulk) and `crimes` crimes in its wards over the last two years; it is cached beside the demo.
Each run, on a private copy: Borehamwood is taken out (untimed), then the laptop changes 60
actions, deletes 20 action updates and opens 20 cases with 3 actions each, while the server
changes 60 other actions and 20 of the laptop's (the same field, other values: conflicts) and
opens 10 cases (whose references the laptop's new cases then clash with). Timed: opening the
take-out file, the dry run (plan_checkin) and the check-in itself (check_in, every conflict kept
as the laptop has it), as `jagdesk checkin --keep laptop` does them.
Prints {"bench": "offline_checkin", ...} once per run: the seconds of each part and `whole_s`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import stores

GOAL_S = 5.0
LOCALITY = "Borehamwood"
PASSPHRASE = "correct horse battery"
SEED = 20261202
BUILD_VERSION = "2"
ACTIONS_PER_CASE, UPDATES_PER_CASE = 6, 4


def _grow(path: Path, records: int, crimes: int) -> None:
    """Borehamwood grown to about `records` records and `crimes` crimes, inserted in bulk (the
    columns left out take their defaults)."""
    from sqlalchemy import func, insert, select

    from jagdesk.domain.common.periods import add_months
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.models import (
        Action,
        ActionUpdate,
        Contact,
        Crime,
        CrimeFile,
        Hotspot,
        Locality,
        ProblemCase,
        ReferenceSequence,
        Ward,
    )
    from jagdesk.store.opening import open_store

    rng = random.Random(SEED)
    with open_store(sqlite_location(path), backup_keep=0) as store, store.engine.begin() as db:
        locality = db.scalar(select(Locality.id).where(Locality.name == LOCALITY))
        wards = list(db.scalars(select(Ward.id).where(Ward.locality_id == locality)))
        contacts = list(db.scalars(select(Contact.id)))
        cases = max(1, (records - 400) // (1 + ACTIONS_PER_CASE + UPDATES_PER_CASE))
        case_rows: list[dict[str, Any]] = []
        action_rows: list[dict[str, Any]] = []
        update_rows: list[dict[str, Any]] = []
        for n in range(cases):
            case_id, reference = uuid.uuid4(), f"PS-2019-{n + 1:03d}"
            case_rows.append({"id": case_id, "reference": reference, "name": f"Bench case {n + 1}",
                              "behaviour": "Youths gathering", "opened_on": date(2019, 6, 1),
                              "locality_id": locality, "owner_id": rng.choice(contacts)})
            for a in range(ACTIONS_PER_CASE):
                action_id = uuid.uuid4()
                action_rows.append({"id": action_id, "reference": f"{reference}/{a + 1:02d}",
                                    "description": f"Bench action {a + 1} of case {n + 1}",
                                    "case_id": case_id, "owner_contact_id": rng.choice(contacts)})
                if a < UPDATES_PER_CASE:
                    update_rows.append({"id": uuid.uuid4(), "action_id": action_id,
                                        "written_on": date(2019, 7, 1), "text": "Progress noted"})
        db.execute(insert(ProblemCase), case_rows)
        db.execute(insert(Action), action_rows)
        db.execute(insert(ActionUpdate), update_rows)
        db.execute(insert(Hotspot), [{"id": uuid.uuid4(), "name": f"Bench hotspot {n + 1}",
                                      "locality_id": locality, "ward_id": rng.choice(wards),
                                      "latitude": 51.657, "longitude": -0.272} for n in range(200)])
        db.execute(insert(ReferenceSequence), [{"series": "PS-2019", "last_number": cases}])
        crime_file = uuid.uuid4()
        db.execute(insert(CrimeFile), [{"id": crime_file, "source": "street", "month": "2021-02",
                                        "force": "Hertfordshire Constabulary",
                                        "file_name": "bench-street.csv", "sha256": "0" * 64,
                                        "rows_imported": crimes}])
        # The two years up to the demo's latest month, all of which a take-out takes.
        latest = db.scalar(select(func.max(Crime.month)).where(Crime.ward_id.in_(wards))) or "2021-02"
        months = [add_months(latest, -m) for m in range(24)]
        db.execute(insert(Crime), [
            {"file_id": crime_file, "line_no": n + 2, "month": months[n % 24],
             "reported_by": "Hertfordshire Constabulary", "falls_within": "Hertfordshire Constabulary",
             "longitude": -0.28 + rng.random() / 50, "latitude": 51.64 + rng.random() / 50,
             "location": "On or near Shenley Road", "crime_type": "Anti-social behaviour",
             "ward_id": rng.choice(wards), "outside": False} for n in range(crimes)])


def _base(records: int, crimes: int) -> Path:
    """The grown store, cached beside the demo it is made from."""
    demo = stores.ensure_store("demo")
    dest = demo.with_name(f"offline-checkin-v{BUILD_VERSION}-{records}-{crimes}.db")
    if not dest.is_file():
        _common.note(f"building {dest.name}")
        scratch = dest.with_name(dest.name + ".partial")
        shutil.copy(demo, scratch)
        _grow(scratch, records, crimes)
        os.replace(scratch, dest)
    return dest


def _work(server: Any, laptop: Any, rng: random.Random) -> None:
    """The changes on each side, each side's in one unit of work."""
    from sqlalchemy import select

    from jagdesk.services.problem_solving.actions import ActionInput, save_action
    from jagdesk.services.problem_solving.cases import CaseInput, save_case
    from jagdesk.store.models import Action, ActionUpdate

    with laptop.unit_of_work("ann.laptop") as uow:
        actions = list(uow.session.scalars(select(Action.id).where(Action.reference.like("PS-2019-%"))
                                            .order_by(Action.reference)))
    chosen = rng.sample(range(len(actions)), 140)
    laptop_only, server_only, both = chosen[:60], chosen[60:120], chosen[120:]
    for store, user, indexes, text in ((laptop, "ann.laptop", laptop_only + both, "Laptop"),
                                       (server, "bob", server_only + both, "Server")):
        with store.unit_of_work(user) as uow:
            for index in indexes:
                action = uow.session.get_one(Action, actions[index])
                action.description = f"{text}: {action.description}"
            uow.commit()
    with laptop.unit_of_work("ann.laptop") as uow:
        for update in list(uow.session.scalars(select(ActionUpdate).limit(20))):
            uow.session.delete(update)
        uow.commit()
    for store, user, count in ((server, "bob", 10), (laptop, "ann.laptop", 20)):
        for n in range(count):
            with store.unit_of_work(user) as uow:
                case = save_case(uow, CaseInput(name=f"{user} case {n}", opened_on=date(2021, 3, 4)))
            for a in range(3 if store is laptop else 0):
                with store.unit_of_work(user) as uow:
                    save_action(uow, case.id, ActionInput(f"Action {a}"), today=date(2021, 3, 4))


def _run(base: Path, work: Path, number: int, rng: random.Random) -> dict[str, Any]:
    from jagdesk.services.offline.checkin import check_in, plan_checkin
    from jagdesk.services.offline.takeout import take_out
    from jagdesk.services.offline.types import Resolution, Side, TakeoutRequest
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    folder = work / f"run{number}"
    folder.mkdir()
    server_file, laptop_file = _common.copy_store(base, folder), folder / "borehamwood.jagdesk"
    with open_store(sqlite_location(server_file), backup_keep=0) as server:
        taken = take_out(server, TakeoutRequest(LOCALITY, laptop_file, PASSPHRASE))
        with open_store(sqlite_location(laptop_file), PASSPHRASE, create=False,
                        backup_keep=0) as laptop:
            _work(server, laptop, rng)
        began = time.perf_counter()
        with open_store(sqlite_location(laptop_file), PASSPHRASE, create=False,
                        backup_keep=0) as laptop:
            opened = time.perf_counter()
            plan = plan_checkin(server, laptop)
            planned = time.perf_counter()
            result = check_in(server, laptop, {conflict.key: Resolution(Side.LAPTOP)
                                               for conflict in plan.conflicts})
            done = time.perf_counter()
    return {"bench": "offline_checkin", "run": number, "records": taken.records,
            "crimes": taken.crimes, "added": len(plan.added), "changed": len(plan.changed),
            "deleted": len(plan.deleted), "conflicts": len(plan.conflicts),
            "renumbered": len(plan.renumbered), "trail_entries": plan.trail_entries,
            "resolved": result.resolved, "open_s": round(opened - began, 3),
            "plan_s": round(planned - opened, 3), "checkin_s": round(done - planned, 3),
            "whole_s": round(done - began, 3), "goal_s": GOAL_S, "meets_goal": done - began < GOAL_S}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--crimes", type=int, default=50_000)
    args = parser.parse_args()
    work = _common.work_dir("offline-checkin")
    try:
        os.environ["JAGDESK_DATA_DIR"] = str(work / "data")
        os.environ["JAGDESK_USER"] = "carol.office"
        base = _base(args.records, args.crimes)
        rng = random.Random(SEED)
        for number in range(1, args.runs + 1):
            _common.emit(_run(base, work, number, rng))
    finally:
        _common.cleanup(work)


if __name__ == "__main__":
    main()
