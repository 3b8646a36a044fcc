"""The ASB register of 20,000 interventions: loaded and sorted as its table on screen would be.

    python benchmarks/asb_register.py [--runs N] [--interventions 20000]

In a scratch SQLite store, 2,000 people and N interventions of every kind (with terms and a breach on
one in ten) are added through the ORM, each insert audited as a user's would be. Then, each run as
the ASB powers page does: the load is list_interventions in its own unit of work (the one query, the
rules' computed end, next review and warnings for every row) handed to the page's table model; each
sort is a click on a column heading of the model (ascending, then descending), the first click on a
column making its sort keys; the filter is a name typed in the page's search box. Wall-clock times,
and the process's CPU time beside them (the machine may be shared). Prints:
{"bench": "asb_register", "interventions": ..., "load_median_s": ..., "sort_max_ms": ...,
 "filter_median_ms": ..., "goal_load_s": 1.0, "goal_sort_ms": 100, "meets_goal": ...}
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

GOAL_LOAD_S = 1.0
GOAL_SORT_MS = 100.0
FAMILY = ("Smith", "O'Brien", "Nowak", "Khan", "Hussain", "Patel", "Jones", "Wiśniewski", "ਸਿੰਘ", "Evans")
GIVEN = ("Seán", "Zainab", "Amrit", "Agnieszka", "Tyler", "Jordan", "Reece", "Callum", "Yousef", "Lee")


def _build(store: object, people: int, count: int) -> None:
    from jagdesk.domain.people import search_key
    from jagdesk.store.models import (
        Agency,
        AsbBreach,
        AsbIntervention,
        AsbStatusChange,
        AsbTerm,
        Contact,
        Locality,
        Person,
    )

    rng = random.Random(17)
    with store.unit_of_work("bench") as uow:  # type: ignore[attr-defined]
        agency = Agency(name="Hertsmere Borough Council", agency_type="council")
        officer = Contact(id=uuid.uuid4(), agency=agency, name="Priya Raman")
        localities = [Locality(id=uuid.uuid4(), name=name)
                      for name in ("Borehamwood", "Bushey", "Potters Bar")]
        uow.session.add_all([agency, officer, *localities])
        names = [(rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(people)]
        folk = [Person(id=uuid.uuid4(), family_name=family, given_names=given,
                       date_of_birth=date(1960, 1, 1) + timedelta(rng.randrange(50 * 365)),
                       search_key=search_key(given, family, "")) for given, family in names]
        uow.session.add_all(folk)
        uow.commit()
        kinds = (("ABC", "in force"), ("ABC", "declined"), ("CPW", "issued"),
                 ("civil injunction", "in force"), ("CBO", "in force"), ("warning letter 1", "sent"),
                 ("closure order", "in force"), ("PSPO", "in force"))
        for start in range(0, count, 2000):
            batch = []
            for number in range(start, min(start + 2000, count)):
                kind, status = kinds[number % len(kinds)]
                opened = date(2016, 1, 1) + timedelta(rng.randrange(9 * 365))
                subject = "area" if kind == "PSPO" else "premises" if kind == "closure order" else "person"
                record = AsbIntervention(
                    reference=f"ASB-{opened.year}-{number:05d}", kind=kind, status=status,
                    subject=subject,
                    person_id=rng.choice(folk).id if subject == "person" else None,
                    premises=f"{number} Shenley Road" if subject == "premises" else "",
                    place="Town centre" if subject == "area" else "", locality_id=rng.choice(localities).id,
                    officer_id=officer.id, opened_on=opened, starts_on=opened + timedelta(7),
                    ends_on=opened + timedelta(7 + 365) if kind in ("civil injunction", "PSPO") else None,
                    indefinite=kind == "CBO", legal_basis="ASB, Crime and Policing Act 2014")
                record.status_changes = [AsbStatusChange(changed_on=opened, to_status=status)]
                record.terms = [AsbTerm(text="Not to enter Shenley Road", position=0)]
                if number % 10 == 0:
                    record.breaches = [AsbBreach(breached_on=opened + timedelta(30))]
                batch.append(record)
            uow.session.add_all(batch)
            uow.commit()
            _common.note(f"{min(start + 2000, count):,} interventions added")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    parser.add_argument("--interventions", type=int, default=20000)
    args = parser.parse_args()

    scratch = _common.work_dir("asb")
    os.environ["JAGDESK_DATA_DIR"] = str(scratch / "data")
    from PySide6.QtCore import QCoreApplication, Qt

    from jagdesk.gui.pages.asb.register_model import RegisterModel
    from jagdesk.services.asb.reading import list_interventions
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    try:
        with open_store(sqlite_location(scratch / "asb.db")) as store:
            started = time.perf_counter()
            _build(store, 2000, args.interventions)
            build_s = time.perf_counter() - started
            today = date(2025, 6, 1)
            app = QCoreApplication.instance() or QCoreApplication([])
            model = RegisterModel()
            loads, cpu, sorts, filters = [], [], [], []
            for _run in range(args.runs + 1):
                start, start_cpu = time.perf_counter(), time.process_time()
                with store.unit_of_work("bench") as uow:
                    rows = list_interventions(uow, today=today)
                model.set_rows(rows)
                loads.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
                for column in range(model.columnCount()):
                    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                        start = time.perf_counter()
                        model.sort(column, order)
                        sorts.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                model.set_filter(text="o'brien")
                filters.append((time.perf_counter() - start) * 1000)
                found = model.rowCount()
                model.set_filter()
            del app
            per_run = model.columnCount() * 2
            load, sort, text = (_common.summary(loads[1:]), _common.summary(sorts[per_run:]),
                                _common.summary(filters[1:]))
            _common.emit({
                "bench": "asb_register", "interventions": len(rows), "build_s": round(build_s, 1),
                "first_load_s": round(loads[0], 4), "load_median_s": load["median_s"],
                "load_max_s": load["max_s"], "load_cpu_median_s": _common.summary(cpu[1:])["median_s"],
                "sort_median_ms": sort["median_s"], "sort_max_ms": sort["max_s"],
                "filter_rows": found, "filter_median_ms": text["median_s"], "goal_load_s": GOAL_LOAD_S,
                "goal_sort_ms": GOAL_SORT_MS,
                "meets_goal": bool(load["median_s"] is not None and load["median_s"] <= GOAL_LOAD_S
                                   and sort["max_s"] is not None and sort["max_s"] <= GOAL_SORT_MS),
            })
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
