"""Listing 10,000 RIPA authorisations with their computed dates and flags.

    python benchmarks/ripa_listing.py [--runs N] [--count 10000]

Fills a scratch SQLite store with `count` authorisations (an officer, the magistrate's approval,
a review on most, a renewal on a third, a cancellation on half, subjects), written with bulk
inserts, then times list_authorisations as `jagdesk list authorisations` runs it: one unit of work,
every row's end, next review, status and flags computed. In the same run, alternating with it,
the floor: the same columns of the same rows read with plain sqlite3 (fetchall, nothing computed),
so that a loaded machine slows both and the ratio stays telling. Prints:
{"bench": "ripa_listing", "authorisations": ..., "median_s": ..., "cpu_median_s": ...,
 "floor_median_s": ..., "ratio_to_floor": ..., "goal_s": 0.5, ...}
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

GOAL_S = 0.5


def _fill(store: object, count: int) -> None:
    from sqlalchemy import insert

    from jagdesk.store.models import (
        AuthorisingOfficer,
        RipaAuthorisation,
        RipaRenewal,
        RipaReview,
        RipaSubject,
    )

    now = datetime.now(UTC)
    book = {"created_at": now, "created_by": "bench", "updated_at": now, "updated_by": "bench",
            "version": 1}
    officer = uuid.uuid4()
    parents, reviews, renewals, subjects = [], [], [], []
    for n in range(count):
        approved = date(2015, 1, 1) + timedelta(days=n % 4000)
        record = uuid.uuid4()
        parents.append({
            "id": record, "urn": f"RIPA-{n:06d}", "operation": f"Operation {n}",
            "description": "Test purchases", "offence": "Theft", "offence_statute": "Theft Act 1968 s.1",
            "offence_max_months": 84, "offence_underage_sale": False, "necessity": "", "proportionality": "",
            "collateral_intrusion": "", "confidential_likely": False, "officer_id": officer,
            "officer_name": "Dana Whitfield", "officer_grade": "Head of Service", "officer_involved": False,
            "officer_involved_reason": "", "authorised_on": approved - timedelta(days=2),
            "review_interval_days": 28, "decision": "approved", "decided_on": approved, "decided_at": None,
            "court": "St Albans", "magistrate": "J. Patel JP",
            "cancelled_on": approved + timedelta(days=60) if n % 2 else None,
            "cancelled_by": "", "cancel_reason": "", "cameras_removed": False, "all_told": False, **book})
        if n % 5:
            reviews.append({"id": uuid.uuid4(), "authorisation_id": record,
                            "reviewed_on": approved + timedelta(days=27), "reviewer": "DW",
                            "outcome": "", **book})
        if n % 3 == 0:
            renewals.append({"id": uuid.uuid4(), "authorisation_id": record,
                             "approved_on": approved + timedelta(days=80), "magistrate": "",
                             "officer_name": "", "officer_grade": "", **book})
        subjects.append({"id": uuid.uuid4(), "authorisation_id": record, "person_id": None,
                         "name": f"Subject {n}", **book})
    with store.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(insert(AuthorisingOfficer).values(
            id=officer, name="Dana Whitfield", grade="Head of Service", active=True, **book))
        for model, rows in ((RipaAuthorisation, parents), (RipaReview, reviews),
                            (RipaRenewal, renewals), (RipaSubject, subjects)):
            connection.execute(insert(model), rows)


FLOOR_QUERIES = tuple((sql, ()) for sql in (
    "SELECT id, urn, operation, description, offence, offence_statute, officer_name, officer_grade,"
    " officer_involved, confidential_likely, authorised_on, decision, decided_on, decided_at, court,"
    " magistrate, review_interval_days, cancelled_on, cancelled_by, cancel_reason, version"
    " FROM ripa_authorisation ORDER BY created_at DESC, urn DESC",
    "SELECT authorisation_id, name FROM ripa_subject",
    "SELECT authorisation_id, reviewed_on FROM ripa_review",
    "SELECT authorisation_id, approved_on, magistrate, officer_name, officer_grade FROM ripa_renewal",
))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=max(10, _common.runs_from_env()))
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()

    from jagdesk.services.cctv.authorisations import list_authorisations
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    scratch = _common.work_dir("ripa")
    try:
        with open_store(sqlite_location(scratch / "ripa.db")) as store:
            _fill(store, args.count)
            times, cpu, floor, flagged = [], [], [], 0
            for _run in range(args.runs + 1):
                floor.append(_common.sql_seconds(scratch / "ripa.db", FLOOR_QUERIES))
                start, start_cpu = time.perf_counter(), time.process_time()
                with store.unit_of_work("bench") as uow:
                    rows = list_authorisations(uow, date(2026, 12, 1))
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
                flagged = sum(1 for row in rows if row.lapsed or row.review_due or row.ending_soon)
            stats = _common.summary(times[1:])
            _common.emit({"bench": "ripa_listing", "authorisations": len(rows), "flagged": flagged,
                          "first_s": round(times[0], 4), **stats,
                          # Processor time: what the listing costs whatever else the machine runs.
                          "cpu_median_s": round(sorted(cpu[1:])[len(cpu[1:]) // 2], 4),
                          **_common.with_floor(stats["median_s"], floor[1:]),
                          "all_s": [round(t, 4) for t in times[1:]],
                          "goal_s": GOAL_S,
                          "meets_goal": (stats["median_s"] or 0) < GOAL_S})
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
