"""The year-on-year table for a ward over two years of data.

    python benchmarks/yoy_table.py [--runs N] [--ward NAME]

On a private copy of the two-year crime store (_crime_store.py), times year_on_year for one ward
(default Borehamwood Hillside, the busiest): the last 12 months against the 12 before, every crime
type, each run its own unit of work as the statistics page would run it; the first call is
reported apart. The floor, timed before each run: both years' counts by month and type with
plain sqlite3. Prints:
{"bench": "yoy_table", "area": ..., "area_incidents": ..., "median_s": ..., "floor_median_s": ...,
 "ratio_to_floor": ..., "goal_s": 0.2, ...}
and a second line for the whole partnership (every incident of the two years), for comparison.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import _crime_store

if TYPE_CHECKING:
    from jagdesk.domain.common.periods import MonthRange

GOAL_S = 0.2


def _floor_queries(area_id: uuid.UUID | None, period: MonthRange) -> list[_common.Query]:
    """The floor: both years' counts by month and type with plain sqlite3, the area as a ward's
    id or every ward (nothing else: no types checked, no table built)."""
    where = "ward_id = ?" if area_id is not None else "ward_id IS NOT NULL"
    ward = (area_id.hex,) if area_id is not None else ()
    sql = ("SELECT month, crime_type, count(*) FROM crime WHERE month BETWEEN ? AND ? "
           f"AND outside = 0 AND {where} GROUP BY month, crime_type")
    before = period.year_before()
    return [(sql, (months.first, months.last, *ward)) for months in (period, before)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=max(20, _common.runs_from_env()))
    parser.add_argument("--ward", default="Borehamwood Hillside")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from jagdesk.domain.common.periods import MonthRange
    from jagdesk.services.places.crime_areas import area_conditions, find_area
    from jagdesk.services.places.crime_stats import year_on_year
    from jagdesk.store.crime_tables import crime

    months = _crime_store.months()
    period = MonthRange(months[-12], months[-1])
    scratch = _common.work_dir("yoy")
    try:
        with _crime_store.open_copy(scratch) as store:
            # The ward asked for (the goal), then the whole partnership for comparison.
            for name in (args.ward, "partnership"):
                with store.unit_of_work("bench") as uow:
                    area = find_area(uow.session, name)
                    in_area = uow.session.scalar(
                        select(func.count()).select_from(crime).where(*area_conditions(area)))
                assert store.location.path is not None
                floor_queries = _floor_queries(area.id, period)
                times, floors = [], []
                for _run in range(args.runs + 1):
                    floors.append(_common.sql_seconds(store.location.path, floor_queries))
                    start = time.perf_counter()
                    with store.unit_of_work("bench") as uow:
                        table = year_on_year(uow.session, area, period)
                    times.append(time.perf_counter() - start)
                first, rest = times[0], times[1:]
                stats = _common.summary(rest)
                _common.emit({
                    "bench": "yoy_table", "area": area.title, "period": period.title,
                    "area_incidents": in_area, "rows": len(table.rows),
                    "all_crime": table.total.current if table.total else 0,
                    "runs": args.runs, "first_s": round(first, 4), **stats,
                    **_common.with_floor(stats["median_s"], floors[1:]), "goal_s": GOAL_S,
                    "meets_goal": stats["median_s"] is not None and stats["median_s"] < GOAL_S,
                })
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
