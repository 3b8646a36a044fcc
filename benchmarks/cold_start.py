"""Cold start: process start to the main window shown, on the demo and the big store.

    python benchmarks/cold_start.py [--runs N] [--stores demo,big]

For each store, a private copy of the cached store and a scratch JAGDESK_DATA_DIR are made, the
app is started once to warm up (it takes its daily backup on that start, and Python writes its
bytecode cache), then N timed starts of `python -m jagdesk --db FILE` with
JAGDESK_QUIT_WHEN_SHOWN=1 run in rounds together with a bare PySide6 window (bare_window.py),
so both see the same machine load. Time "shown" is from just before starting the process to
reading the line `shown`; "exit" is to the process's exit. The app prints `shown` once its window
has painted its frame: every page's title in the sidebar, the menus, the first page's heading and
"Opening <store>…" (the store is opened after that paint). It then opens the store, paints the
dashboard's frame, runs the dashboard's queries and prints `ready`: "ready" is the time until the
figures are on screen.

Prints one JSON line for the bare window and one per store, e.g.
{"bench": "cold_start", "store": "demo", "runs": 5, "median_s": ..., "min_s": ...,
 "bare_pyside6_median_s": ..., "ratio_to_bare": ..., "ready_median_s": ..., "goal_s": 1.5,
 "meets_goal": true, ...}
meets_goal is true when the median is under goal_s and at most 3x the bare window's median;
ready_median_s is reported beside it (the dashboard's queries on a big store take their time).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import stores

GOAL_S = 1.5
GOAL_RATIO = 3.0
MARKER = "shown"
READY = "ready"  # the app's dashboard has its figures (the bare window prints no such line)
BARE_SCRIPT = Path(__file__).resolve().parent / "bare_window.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    parser.add_argument("--stores", default="demo,big")
    args = parser.parse_args()
    names = [n for n in args.stores.split(",") if n]

    scratch = _common.work_dir("cold-start")
    try:
        cases: dict[str, tuple[list[str], dict[str, str]]] = {}
        # Bytecode is cached as on an installed copy (the warm-up writes it), even where the
        # shell running the benchmark turns caching off.
        bare_env = _common.child_env(scratch / "bare-data", PYTHONDONTWRITEBYTECODE="")
        cases["bare_pyside6"] = ([_common.PYTHON, str(BARE_SCRIPT)], bare_env)
        for name in names:
            folder = scratch / name
            folder.mkdir()
            db = _common.copy_store(stores.ensure_store(name), folder)
            env = _common.child_env(folder / "data", JAGDESK_QUIT_WHEN_SHOWN="1",
                                    PYTHONDONTWRITEBYTECODE="")
            cases[name] = ([_common.PYTHON, "-m", "jagdesk", "--db", str(db)], env)

        shown: dict[str, list[float]] = {case: [] for case in cases}
        ready: dict[str, list[float]] = {case: [] for case in cases}
        total: dict[str, list[float]] = {case: [] for case in cases}
        failures: dict[str, int] = {case: 0 for case in cases}

        for case, (argv, env) in cases.items():
            _common.note(f"warm-up start: {case}")
            marked, _, code = _common.time_until_line(argv, env, MARKER, scratch)
            if code != 0 or marked != marked:
                raise SystemExit(f"the warm-up start of {case} failed (exit {code})")
            if case != "bare_pyside6":
                backups = list((Path(env["JAGDESK_DATA_DIR"]) / "backups").glob("*.db"))
                _common.note(f"  {case}: {len(backups)} automatic backup(s) after warm-up")

        for run in range(args.runs):
            _common.note(f"round {run + 1}/{args.runs}")
            for case, (argv, env) in cases.items():
                markers = (MARKER,) if case == "bare_pyside6" else (MARKER, READY)
                times, seconds, code = _common.time_until_lines(argv, env, markers, scratch)
                marked = times[MARKER]
                if code != 0 or any(value != value for value in times.values()):
                    failures[case] += 1
                shown[case].append(marked)
                ready[case].append(times.get(READY, float("nan")))
                total[case].append(seconds)

        bare = _common.summary(shown["bare_pyside6"])
        bare_median = bare["median_s"]
        _common.emit({"bench": "cold_start", "store": "bare_pyside6", "runs": args.runs,
                      **bare, "exit_median_s": _common.summary(total["bare_pyside6"])["median_s"],
                      "failures": failures["bare_pyside6"]})
        for name in names:
            stats = _common.summary(shown[name])
            median = stats["median_s"]
            ratio = (round(median / bare_median, 2)
                     if median is not None and bare_median else None)
            ready_median = _common.summary(ready[name])["median_s"]
            meets = (median is not None and ratio is not None and failures[name] == 0
                     and median < GOAL_S and ratio <= GOAL_RATIO)
            _common.emit({
                "bench": "cold_start", "store": name, "runs": args.runs, **stats,
                "exit_median_s": _common.summary(total[name])["median_s"],
                "bare_pyside6_median_s": bare_median, "ratio_to_bare": ratio,
                "ready_median_s": ready_median,
                "ready_all_s": [round(v, 4) for v in ready[name]],
                "goal_s": GOAL_S, "goal_ratio": GOAL_RATIO, "meets_goal": meets,
                "failures": failures[name],
                "all_s": [round(v, 4) for v in shown[name]],
            })
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
