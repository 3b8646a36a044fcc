"""`jagdesk demo` as a new user's first start meets it: the demo loaded into an empty store.

    python benchmarks/demo_load.py [--runs 5]

Each run: a copy of an empty store, then `python -m jagdesk --db FILE demo` timed from process
start to exit (the demo placed around today: the partnership, its wards and LSOAs, the twelve
2021 Hertfordshire street files and three outcomes files, and the story's cases, meetings and
registers). The floor, in the same round: `jagdesk import police-uk` of the same fifteen files
into a copy of a store holding only the Hertsmere wards, the part of the demo that is the
police.uk import alone. One untimed warm-up of each first. Prints one JSON line:
{"bench": "demo_load", "runs": 5, "median_s": ..., "floor_median_s": ..., "ratio_to_floor": ...,
 "crimes": 100407, "all_s": [...], "floor_all_s": [...]}
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

SHARED = _common.REPO_ROOT.parent / "shared" / "data"
WARDS = SHARED / "geo/hertsmere-wards-2013.geojson"
# The files the demo loads when it is placed around today (services.demo.load.MOVED_CRIME_FILES).
FILES = [*(SHARED / f"policeuk/2021-{month:02d}-hertfordshire-street.csv" for month in range(1, 13)),
         *(SHARED / f"policeuk/2021-{month:02d}-hertfordshire-outcomes.csv" for month in range(1, 4))]


def _jagdesk(folder: Path, *argv: str) -> tuple[float, str]:
    """Seconds for `jagdesk --db FOLDER/x.db ARGV` start to exit, and its stdout; stops the
    benchmark if the command fails."""
    argv_all = [_common.PYTHON, "-m", "jagdesk", "--db", str(folder / "x.db"), *argv]
    seconds, code, out = _common.time_process(argv_all, _common.child_env(folder / "data"),
                                              folder)
    if code != 0:
        raise SystemExit(f"jagdesk {' '.join(argv)} exited {code}")
    return seconds, out


def _template(folder: Path, *argv: str) -> Path:
    """A store made by `jagdesk init` (and `argv` after it, if given), to be copied for each run."""
    folder.mkdir()
    _jagdesk(folder, "init")
    if argv:
        _jagdesk(folder, *argv)
    return folder / "x.db"


def _timed(template: Path, folder: Path, *argv: str) -> tuple[float, str]:
    """`jagdesk ARGV` on a fresh copy of the template, in a folder of its own, removed after."""
    folder.mkdir()
    _common.copy_store(template, folder)
    try:
        return _jagdesk(folder, *argv)
    finally:
        _common.cleanup(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    args = parser.parse_args()
    missing = [str(path) for path in [WARDS, *FILES] if not path.is_file()]
    if missing:
        raise SystemExit(f"the public data is not beside the project: {', '.join(missing)}")

    scratch = _common.work_dir("demo_load")
    try:
        empty = _template(scratch / "empty")
        with_wards = _template(scratch / "wards", "import", "boundaries", str(WARDS),
                               "--locality", "Hertsmere")
        files = [str(path) for path in FILES]
        _common.note("warm-up: jagdesk demo, and the floor")
        _timed(empty, scratch / "warm-demo", "demo")
        _timed(with_wards, scratch / "warm-floor", "import", "police-uk", *files)
        demo: list[float] = []
        floor: list[float] = []
        crimes = None
        for run in range(args.runs):
            _common.note(f"round {run + 1}/{args.runs}")
            seconds, out = _timed(empty, scratch / f"demo-{run}", "demo")
            demo.append(seconds)
            found = re.search(r"([\d,]+) crimes", out)
            crimes = int(found.group(1).replace(",", "")) if found else None
            floor.append(_timed(with_wards, scratch / f"floor-{run}", "import", "police-uk",
                                *files)[0])
        measured = _common.summary(demo)
        _common.emit({"bench": "demo_load", "runs": args.runs, **measured,
                      **_common.with_floor(measured["median_s"], floor), "crimes": crimes,
                      "all_s": [round(v, 4) for v in demo],
                      "floor_all_s": [round(v, 4) for v in floor]})
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
