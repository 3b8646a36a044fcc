"""The hotspot finder on 12 months of about 110,000 snapped police.uk points.

    python benchmarks/hotspot_finder.py [--runs N] [--cell 250]

On a private copy of the two-year crime store (_crime_store.py), times find_hotspots for the last
12 months (with the 12 before as the comparison period), every crime type, 250 m cells: the first
call in the process (which also builds the coordinate transformer) and N more in one process, each
its own unit of work as the finder page would run it. Prints one JSON line:
{"bench": "hotspot_finder", "points": ..., "previous_points": ..., "median_s": ..., "goal_s": 1.0,
 "meets_goal": ...}
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
            times = []
            for run in range(args.runs + 1):
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
            "goal_s": GOAL_S, "meets_goal": stats["median_s"] is not None and stats["median_s"] < GOAL_S,
            "all_s": [round(v, 4) for v in rest],
        })
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
