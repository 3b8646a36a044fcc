"""The audit trail's hash chain: checking 1,000,000 entries, and what the chain costs a save.

    python benchmarks/audit_chain.py [--entries 1000000] [--runs 3] [--saves 200]

Makes a scratch SQLite store (this checkout's schema) and writes `entries` sealed audit entries
into it in bulk (contact updates of realistic size, chained as the app chains them). Then:
- the chain check as `jagdesk check` runs it (services.admin.chain.chain_break), timed per run;
- `saves` updates of a contact through save_contact, each its own unit of work as a page saves,
  timing the whole save and, apart, the chain's part of it (reading the chain's head and hashing
  the entry: store.audit._chain).
Prints {"bench": "audit_chain_check", ...} and {"bench": "audit_chain_save", ...}.
"""

from __future__ import annotations

import argparse
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

CHECK_GOAL_S = 10.0
SAVE_GOAL_MS = 5.0
BATCH = 50_000


def _fill(path: Path, entries: int) -> None:
    """`entries` sealed contact updates after whatever the store holds, in bulk with sqlite3."""
    from jagdesk.store.audit_chain import Link, entry_hash

    raw = sqlite3.connect(path)
    row = raw.execute("SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
    head = Link(*row) if row else Link()
    start = datetime(2020, 1, 1)
    record = uuid.uuid4().hex
    batch: list[tuple[Any, ...]] = []
    for n in range(entries):
        seq = head.seq + 1
        at = (start + timedelta(seconds=n * 7)).strftime("%Y-%m-%d %H:%M:%S.%f")
        changes = (f'{{"phone": ["01632 96{n % 10000:04d}", "01632 96{(n + 1) % 10000:04d}"], '
                   f'"role": ["Neighbourhood Sergeant", "Inspector, Borehamwood SNT {n % 7}"]}}')
        content = (seq, uuid.uuid4().hex, at, "sam.cso", "update", "contact", record,
                   "PC Aisha Rahman", changes)
        digest = entry_hash(head.hash, content)
        batch.append((*content, digest))
        head = Link(seq, digest)
        if len(batch) == BATCH:
            _insert(raw, batch)
            batch = []
            _common.note(f"{n + 1:,} entries written")
    _insert(raw, batch)
    raw.close()


def _insert(raw: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    raw.executemany('INSERT INTO audit_entry (seq, id, at, "user", action, table_name, record_id, '
                    "record_title, changes, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    raw.commit()


def _time_check(store: Any, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock seconds per check; processor seconds into `cpu` (steadier on a busy machine)."""
    from jagdesk.services.admin.chain import chain_break

    times = []
    for run in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        with store.engine.connect() as connection:
            broken = chain_break(connection)
        times.append(time.perf_counter() - began)
        if cpu is not None:
            cpu.append(time.process_time() - began_cpu)
        if broken is not None:
            raise SystemExit(f"the benchmark's own chain does not fit: {broken}")
        _common.note(f"check run {run + 1}: {times[-1]:.2f} s")
    return times


def _time_saves(store: Any, saves: int) -> tuple[list[float], list[float]]:
    """Each save's whole time and its chain part, in milliseconds."""
    from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
    from jagdesk.store import audit

    chained: list[float] = []
    real_chain = audit._chain

    def timed_chain(session: Any, entries: Any) -> None:
        began = time.perf_counter()
        real_chain(session, entries)
        chained.append((time.perf_counter() - began) * 1000)

    audit._chain = timed_chain  # the chain's part, timed apart
    with store.unit_of_work() as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        contact = save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT", "01632 960000"))
    chained.clear()
    whole: list[float] = []
    for n in range(saves):
        began = time.perf_counter()
        with store.unit_of_work() as uow:
            contact = save_contact(uow, ContactInput(police.id, "PC Aisha Rahman", "SNT",
                                                     f"01632 96{n + 1:04d}"),
                                   contact.id, expected_version=contact.version)
        whole.append((time.perf_counter() - began) * 1000)
    audit._chain = real_chain
    return whole, chained


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    work = _common.work_dir("audit-chain")
    try:
        import os

        os.environ["JAGDESK_DATA_DIR"] = str(work / "data")
        from jagdesk.store.location import sqlite_location
        from jagdesk.store.opening import open_store

        path = work / "chain.db"
        open_store(sqlite_location(path), backup_keep=0).close()
        began = time.perf_counter()
        _fill(path, args.entries)
        fill_s = time.perf_counter() - began
        with open_store(sqlite_location(path), backup_keep=0) as store:
            cpu: list[float] = []
            checks = _time_check(store, args.runs, cpu)
            whole, chained = _time_saves(store, args.saves)
            checks_after = _time_check(store, 1)
        median = statistics.median(checks)
        _common.emit({"bench": "audit_chain_check", "entries": args.entries, "fill_s": round(fill_s, 1),
                      "median_s": round(median, 2), "min_s": round(min(checks), 2),
                      "max_s": round(max(checks), 2), "cpu_median_s": round(statistics.median(cpu), 2),
                      "after_saves_s": round(checks_after[0], 2),
                      "entries_per_s": round(args.entries / median), "goal_s": CHECK_GOAL_S,
                      "meets_goal": median < CHECK_GOAL_S})
        chain_median = statistics.median(chained)
        _common.emit({"bench": "audit_chain_save", "entries_before": args.entries, "saves": args.saves,
                      "save_median_ms": round(statistics.median(whole), 2),
                      "chain_median_ms": round(chain_median, 3),
                      "chain_p95_ms": round(sorted(chained)[int(len(chained) * 0.95) - 1], 3),
                      "chain_max_ms": round(max(chained), 3), "goal_ms": SAVE_GOAL_MS,
                      "meets_goal": chain_median < SAVE_GOAL_MS})
    finally:
        _common.cleanup(work)


if __name__ == "__main__":
    main()
