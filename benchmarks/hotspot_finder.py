"""The hotspot finder on 12 months of about 110,000 snapped police.uk points.

    python benchmarks/hotspot_finder.py [--runs N] [--cell 250]

On a private copy of the two-year crime store (_crime_store.py), times find_hotspots for the last
12 months (with the 12 before as the comparison period), every crime type, 250 m cells: the first
call in the process (which also builds the coordinate transformer) and N more in one process, each
its own unit of work as the finder page would run it. Prints one JSON line:
{"bench": "hotspot_finder", "points": ..., "previous_points": ..., "median_s": ...,
 "floor_median_s": ..., "ratio_to_floor": ..., "goal_s": 1.0, "meets_goal": ...}
The floor, timed before each run: the same incidents read with plain sqlite3, nothing computed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import _crime_store

GOAL_S = 1.0
# The floor: the incidents of both periods read with plain sqlite3, one row each, nothing grouped,
# projected or ranked (the finder groups them in SQL, then counts them into grid cells).
FLOOR_SQL = ("SELECT latitude, longitude, crime_type, location, ward_id, month FROM crime "
             "WHERE month BETWEEN ? AND ? AND outside = 0 AND latitude IS NOT NULL "
             "AND longitude IS NOT NULL")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    parser.add_argument("--cell", type=int, default=250, help="cell size in metres")
    args = parser.parse_args()

    from jagdesk.domain.common.periods import MonthRange
    from jagdesk.services.hotspots.finder import find_hotspots

    months = _crime_store.months()
    period = MonthRange(months[-12], months[-1])
    scratch = _common.work_dir("finder")
    try:
        with _crime_store.open_copy(scratch) as store:
            assert store.location.path is not None
            months_read = (period.previous().first, period.last)
            floor_query: list[_common.Query] = [(FLOOR_SQL, months_read)]
            times, floors = [], []
            for run in range(args.runs + 1):
                floors.append(_common.sql_seconds(store.location.path, floor_query))
                start = time.perf_counter()
                with store.unit_of_work("bench") as uow:
                    result = find_hotspots(uow, period, cell_size_m=args.cell)
                times.append(time.perf_counter() - start)
                _common.note(f"run {run}: {times[-1]:.3f} s")
        first, rest = times[0], times[1:]
        stats = _common.summary(rest)
        _common.emit({
            "bench": "hotspot_finder", "months": period.length, "period": period.title,
            "points": result.incidents, "previous_points": result.previous_incidents,
            "cell_size_m": args.cell, "candidates": len(result.by_count),
            "top_count": result.by_count[0].count if result.by_count else 0,
            "runs": args.runs, "first_s": round(first, 4), **stats,
            **_common.with_floor(stats["median_s"], floors[1:]),
            "goal_s": GOAL_S, "meets_goal": stats["median_s"] is not None and stats["median_s"] < GOAL_S,
            "all_s": [round(v, 4) for v in rest],
        })
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
