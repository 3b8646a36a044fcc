"""Where the cold start goes: time per start-up step, and import time per package.

    python benchmarks/profile_start.py [--runs N] [--stores demo,big]

For each store (a private copy, scratch JAGDESK_DATA_DIR, one warm-up start first):
- {"bench": "cold_start_steps", "store": ..., "runs": N, "marks_s": {...}, "steps_s": {...},
   "calls": {...}}: medians over N starts run through _phases_child.py, which wraps the app's
   start-up functions in its own process (the app is not changed). marks_s are seconds since
   just before the process started (interpreter_ready, imports_done, shown, ready, main_returned);
   steps_s are seconds spent in each step (nested steps are also inside their parent).
- {"bench": "import_time", "store": ..., "total_ms": ..., "by_package_ms": {...},
   "slowest_modules_ms": {...}}: one `python -X importtime -m jagdesk` start, self time summed
   per top-level package, and the modules with the largest self time. importtime itself adds
   overhead, so compare the numbers with each other rather than with cold_start.py's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import stores

CHILD = Path(__file__).resolve().parent / "_phases_child.py"


def _steps(db: Path, folder: Path, runs: int) -> dict[str, object]:
    env = _common.child_env(folder / "data", JAGDESK_QUIT_WHEN_SHOWN="1")
    argv = [_common.PYTHON, "-m", "jagdesk", "--db", str(db)]
    _common.time_until_line(argv, env, "shown", folder)  # warm-up: daily backup, bytecode
    results = []
    for _ in range(runs):
        out = folder / "phases.json"
        out.unlink(missing_ok=True)
        run_env = dict(env, JAGDESK_BENCH_PHASES=str(out))
        # The child computes its times against T0, taken just before the process starts.
        run_env["JAGDESK_BENCH_T0"] = repr(time.perf_counter())
        marked, _, code = _common.time_until_line(
            [_common.PYTHON, str(CHILD), "--db", str(db)], run_env, "shown", folder)
        if code != 0 or not out.exists():
            raise SystemExit(f"the profiled start failed (exit {code})")
        results.append(json.loads(out.read_text(encoding="utf-8")))

    def medians(key: str) -> dict[str, float]:
        names = {name for r in results for name in r[key]}
        return {name: round(statistics.median(r[key].get(name, 0.0) for r in results), 4)
                for name in sorted(names, key=lambda n: -results[0][key].get(n, 0.0))}

    return {"marks_s": medians("marks"), "steps_s": medians("spent"),
            "calls": results[0]["calls"]}


def _import_times(db: Path, folder: Path) -> dict[str, object]:
    env = _common.child_env(folder / "data", JAGDESK_QUIT_WHEN_SHOWN="1")
    argv = [_common.PYTHON, "-X", "importtime", "-m", "jagdesk", "--db", str(db)]
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=folder,
                          timeout=_common.PROCESS_TIMEOUT_S)
    by_package: dict[str, float] = defaultdict(float)
    modules: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line[len("import time:"):].split("|")
        name = name.strip()
        by_package[name.split(".")[0]] += int(self_us) / 1000
        modules[name] = int(self_us) / 1000
    top = dict(sorted(by_package.items(), key=lambda kv: -kv[1])[:15])
    slowest = dict(sorted(modules.items(), key=lambda kv: -kv[1])[:15])
    return {"total_ms": round(sum(by_package.values()), 1),
            "by_package_ms": {k: round(v, 1) for k, v in top.items()},
            "slowest_modules_ms": {k: round(v, 1) for k, v in slowest.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stores", default="demo,big")
    args = parser.parse_args()
    scratch = _common.work_dir("profile")
    try:
        for name in [n for n in args.stores.split(",") if n]:
            folder = scratch / name
            folder.mkdir()
            db = _common.copy_store(stores.ensure_store(name), folder)
            _common.note(f"profiling the start on the {name} store")
            _common.emit({"bench": "cold_start_steps", "store": name, "runs": args.runs,
                          **_steps(db, folder, args.runs)})
            _common.emit({"bench": "import_time", "store": name, **_import_times(db, folder)})
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
