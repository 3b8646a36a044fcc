"""The access log's cost: what one entry adds to opening a person (and to saving one).

    python benchmarks/access_log.py [--entries 200000] [--opens 200]

Makes a scratch SQLite store (this checkout's schema) with a person and `entries` chained access
log entries written in bulk (so the head is read from a long log), then times, each in its own
unit of work as a page does:
- opening the person without the log (get_person_detail) and with it (open_person);
- the log's own part of an opening: record_access, its entry chained and committed (the commit's
  flush to disk included, as the store syncs every commit), and the entry alone without the
  commit (the chain's head read, the hash, the insert), and the entry committed without the
  flush to disk (synchronous NORMAL for that commit alone: what the disk's flush costs);
- a save of the person followed by its opening, as a page reloads what it saved.
Prints {"bench": "access_log_open", ...}; the goal is the log's part under 5 ms (its median).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

GOAL_MS = 5.0
BATCH = 50_000


def _fill(path: Path, entries: int) -> None:
    """`entries` chained openings of people, in bulk with sqlite3."""
    from jagdesk.store.audit_chain import Link, entry_hash

    raw = sqlite3.connect(path)
    head = Link()
    start = datetime(2020, 1, 1)
    batch: list[tuple[Any, ...]] = []
    for n in range(entries):
        seq = head.seq + 1
        at = (start + timedelta(seconds=n * 7)).strftime("%Y-%m-%d %H:%M:%S.%f")
        content = (seq, uuid.uuid4().hex, at, "sam.cso", "open", "person", uuid.uuid4().hex,
                   f"Person {n % 5000}", "{}")
        digest = entry_hash(head.hash, content)
        batch.append((*content, digest))
        head = Link(seq, digest)
        if len(batch) == BATCH or n == entries - 1:
            raw.executemany('INSERT INTO access_entry (seq, id, at, "user", action, kind, record_id, '
                            "record_title, details, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            batch)
            raw.commit()
            batch = []
    raw.close()


def _ms(began: float) -> float:
    return (time.perf_counter() - began) * 1000


def _time(store: Any, opens: int) -> dict[str, list[float]]:
    from jagdesk.services.common.access import OPEN, record_access
    from jagdesk.services.people.people import (
        PersonInput,
        get_person_detail,
        open_person,
        save_person,
    )
    from jagdesk.store.access_log import write_access

    with store.unit_of_work() as uow:
        person = save_person(uow, PersonInput("Baldwin", "Terence", notes="Benchmark"))
    times: dict[str, list[float]] = {"plain": [], "logged": [], "entry": [], "chain": [],
                                     "unsynced": [], "save_and_open": []}
    for n in range(opens):
        began = time.perf_counter()
        with store.unit_of_work() as uow:
            get_person_detail(uow, person.id)
        times["plain"].append(_ms(began))
        began = time.perf_counter()
        with store.unit_of_work() as uow:
            open_person(uow, person.id)
        times["logged"].append(_ms(began))
        with store.unit_of_work() as uow:
            began = time.perf_counter()
            record_access(uow, OPEN, "person", person.name, person.id)
            times["entry"].append(_ms(began))
        with store.unit_of_work() as uow:  # the entry alone: head read, hash, insert; no commit
            began = time.perf_counter()
            write_access(uow.session.connection(), uow.user, OPEN, "person", person.name, person.id)
            times["chain"].append(_ms(began))
            uow.commit()
        with store.unit_of_work() as uow:  # the entry committed without the flush to disk
            uow.session.connection().exec_driver_sql("PRAGMA synchronous = NORMAL")
            began = time.perf_counter()
            record_access(uow, OPEN, "person", person.name, person.id)
            times["unsynced"].append(_ms(began))
            uow.session.connection().exec_driver_sql("PRAGMA synchronous = FULL")
        began = time.perf_counter()
        with store.unit_of_work() as uow:
            detail = get_person_detail(uow, person.id)
            saved = save_person(uow, PersonInput("Baldwin", "Terence", notes=f"Benchmark {n}"),
                                person.id, expected_version=detail.row.version)
        with store.unit_of_work() as uow:
            open_person(uow, saved.id)
        times["save_and_open"].append(_ms(began))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--opens", type=int, default=200)
    args = parser.parse_args()
    work = _common.work_dir("access-log")
    try:
        os.environ["JAGDESK_DATA_DIR"] = str(work / "data")
        from jagdesk.store.location import sqlite_location
        from jagdesk.store.opening import open_store

        path = work / "access.db"
        open_store(sqlite_location(path), backup_keep=0).close()
        _fill(path, args.entries)
        with open_store(sqlite_location(path), backup_keep=0) as store:
            times = _time(store, args.opens)
        median = {name: statistics.median(values) for name, values in times.items()}
        entry = sorted(times["entry"])
        _common.emit({"bench": "access_log_open", "entries_before": args.entries, "opens": args.opens,
                      "open_plain_median_ms": round(median["plain"], 2),
                      "open_logged_median_ms": round(median["logged"], 2),
                      "entry_median_ms": round(median["entry"], 3),
                      "entry_p95_ms": round(entry[int(len(entry) * 0.95) - 1], 3),
                      "chain_median_ms": round(median["chain"], 3),
                      "entry_unsynced_median_ms": round(median["unsynced"], 3),
                      "save_and_open_median_ms": round(median["save_and_open"], 2),
                      "goal_ms": GOAL_MS, "meets_goal": median["entry"] < GOAL_MS})
    finally:
        _common.cleanup(work)


if __name__ == "__main__":
    main()
