"""Command start: `jagdesk list agencies`, `jagdesk check` and `jagdesk stats` on the demo store,
each against the floor of `python -c "import sqlalchemy, sqlite3"`.

    python benchmarks/command_start.py [--runs N]

A private copy of the cached demo store and a scratch JAGDESK_DATA_DIR; one untimed warm-up of each
command (Python writes its bytecode cache), then N rounds in which the floor and each command run
alternately, floor before every command, so both see the same load on a shared machine. Times are
process start to exit. Prints one JSON line per command, e.g.
{"bench": "command_start", "command": "list agencies", "runs": 5, "median_s": ...,
 "floor_median_s": ..., "ratio_to_floor": ..., "goal_ratio": 1.5, "meets_goal": true, ...}
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import stores

GOAL_RATIO = 1.5
FLOOR = [_common.PYTHON, "-c", "import sqlalchemy, sqlite3"]


def _last_quarter() -> tuple[str, str]:
    """The three months before this one, as YYYY-MM (the demo's crimes end last month)."""
    today = date.today()
    months = today.year * 12 + today.month - 1
    first, last = months - 3, months - 1
    return f"{first // 12}-{first % 12 + 1:02d}", f"{last // 12}-{last % 12 + 1:02d}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    args = parser.parse_args()

    scratch = _common.work_dir("command-start")
    try:
        db = _common.copy_store(stores.ensure_store("demo"), scratch)
        # Bytecode is cached as on an installed copy (the warm-up writes it), even where the
        # shell running the benchmark turns caching off.
        env = _common.child_env(scratch / "data", PYTHONDONTWRITEBYTECODE="")
        first, last = _last_quarter()
        commands = {
            "list agencies": ["list", "agencies"],
            "check": ["check"],
            "stats": ["stats", "--area", "partnership", "--from", first, "--to", last],
        }
        argvs = {name: [_common.PYTHON, "-m", "jagdesk", "--db", str(db), *words]
                 for name, words in commands.items()}
        for name, argv in {"floor": FLOOR, **argvs}.items():
            _common.note(f"warm-up: {name}")
            _, code, _ = _common.time_process(argv, env, scratch)
            if code != 0:
                raise SystemExit(f"the warm-up of {name} failed (exit {code})")
        floor: dict[str, list[float]] = {name: [] for name in commands}
        times: dict[str, list[float]] = {name: [] for name in commands}
        codes: dict[str, set[int]] = {name: set() for name in commands}
        for run in range(args.runs):
            _common.note(f"round {run + 1}/{args.runs}")
            for name, argv in argvs.items():
                floor[name].append(_common.time_process(FLOOR, env, scratch)[0])
                seconds, code, _ = _common.time_process(argv, env, scratch)
                times[name].append(seconds)
                codes[name].add(code)
        for name in commands:
            stats = _common.summary(times[name])
            floor_median = _common.summary(floor[name])["median_s"]
            median = stats["median_s"]
            ratio = round(median / floor_median, 2) if median and floor_median else None
            _common.emit({
                "bench": "command_start", "command": name, "runs": args.runs, **stats,
                "floor_median_s": floor_median, "ratio_to_floor": ratio, "goal_ratio": GOAL_RATIO,
                "meets_goal": ratio is not None and ratio <= GOAL_RATIO and codes[name] == {0},
                "exit_codes": sorted(codes[name]), "all_s": [round(v, 4) for v in times[name]],
                "floor_all_s": [round(v, 4) for v in floor[name]],
            })
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
