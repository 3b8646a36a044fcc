"""`jagdesk check` wall time on the demo and the big store.

    python benchmarks/check_command.py [--runs N] [--stores demo,big]

Each store is a private copy of the cached one with a scratch JAGDESK_DATA_DIR. One untimed
warm-up run, then N timed runs of `python -m jagdesk --db FILE check` (process start to exit),
in rounds across the stores. Prints one JSON line per store:
{"bench": "check", "store": "big", "runs": 5, "median_s": ..., "min_s": ..., "exit_codes": [0], ...}
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import stores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    parser.add_argument("--stores", default="demo,big")
    args = parser.parse_args()
    names = [n for n in args.stores.split(",") if n]

    scratch = _common.work_dir("check")
    try:
        cases: dict[str, tuple[list[str], dict[str, str]]] = {}
        for name in names:
            folder = scratch / name
            folder.mkdir()
            db = _common.copy_store(stores.ensure_store(name), folder)
            cases[name] = ([_common.PYTHON, "-m", "jagdesk", "--db", str(db), "check"],
                           _common.child_env(folder / "data"))
        times: dict[str, list[float]] = {name: [] for name in names}
        codes: dict[str, set[int]] = {name: set() for name in names}
        for name, (argv, env) in cases.items():
            _common.note(f"warm-up: check {name}")
            _, code, out = _common.time_process(argv, env, scratch)
            if code != 0:
                raise SystemExit(f"jagdesk check on the {name} store failed (exit {code}):\n{out}")
        for run in range(args.runs):
            _common.note(f"round {run + 1}/{args.runs}")
            for name, (argv, env) in cases.items():
                seconds, code, _ = _common.time_process(argv, env, scratch)
                times[name].append(seconds)
                codes[name].add(code)
        for name in names:
            _common.emit({"bench": "check", "store": name, "runs": args.runs,
                          **_common.summary(times[name]), "exit_codes": sorted(codes[name]),
                          "all_s": [round(v, 4) for v in times[name]]})
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
