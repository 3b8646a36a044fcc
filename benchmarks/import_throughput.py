"""police.uk import throughput against the floor: plain sqlite3 executemany of the same rows.

    python benchmarks/import_throughput.py [--rows 100000,1000000] [--rounds 3] [--no-trace]
                                           [--no-files]

For each size, a street file is made by repeating the two real Hertfordshire street files with
new Crime IDs (all rows in one month, as one file holds one month), in a scratch folder outside
the repository. Then, each in its own process so that peak memory is the run's own:
- import: a fresh SQLite store with the Hertsmere wards loaded; `import_police_uk` timed from the
  call to its return (reading, checking, ward lookup, inserting, building the indexes, commit);
- command: the same import as a user runs it, `jagdesk import police-uk FILE` on a copy of such a
  store, timed as a whole process (start-up, imports, opening the store, the import, the exit);
- floor: another fresh store with the wards, the crime table's secondary indexes dropped
  beforehand; the same rows, built beforehand with the same reader and ward lookup, inserted by
  plain sqlite3 executemany (same batches, same PRAGMAs as the app's engine) plus the CrimeFile
  row and the commit;
- trace (unless --no-trace): the import again under tracemalloc, for the peak of Python
  allocations (tracemalloc slows allocation, so its time is not the throughput).
Import, command and floor alternate for --rounds rounds and the medians are compared: on a
shared machine one run can be a third slower than the next.

Prints one JSON line per size: {"bench": "import_throughput", "rows", "import_s",
"import_rows_per_s", "command_s", "command_rows_per_s", "floor_s", "floor_rows_per_s",
"ratio_to_floor" (import over floor), "floor_indexed_s" (the floor, then its indexes built
once each and committed), "ratio_to_indexed_floor", "goal_rows_per_s" (for the command), "goal_ratio",
"meets_goal", "maxrss_mb", "maxrss_before_import_mb", "reader_maxrss_mb" (the peak of the process
that reads a large file, 0 when read in-process), "tracemalloc_peak_mb", "import_phases_s"
(where the import's time goes: "insert_s" the executemany calls, "indexes_s" building the indexes
set aside, "commit_s", "read_check_place_s" the rest: reading, checking and placing the rows, or
for a file read by a reader process, waiting for its batches and unpickling them),
"import_all_s", "floor_all_s", ...}: times are medians over the rounds.

Then (unless --no-files) one line for the import as a user meets it: the twelve monthly
Hertfordshire street files of 2021 and January's outcomes in one `jagdesk import police-uk` run
on a store with the Hertsmere wards, timed as a whole process: {"bench": "import_files", "files",
"rows", "command_s", "command_rows_per_s", "goal_rows_per_s", "meets_goal", "command_all_s"}.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

if str(_common.REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_common.REPO_ROOT))

SHARED = _common.REPO_ROOT.parent / "shared" / "data"
STREET_FILES = ("policeuk/2021-01-hertfordshire-street.csv", "policeuk/2021-02-hertfordshire-street.csv")
WARDS = "geo/hertsmere-wards-2013.geojson"
YEAR_FILES = (*(f"policeuk/2021-{month:02d}-hertfordshire-street.csv" for month in range(1, 13)),
              "policeuk/2021-01-hertfordshire-outcomes.csv")
MONTH = "2021-01"
GOAL_ROWS_PER_S = 150_000
GOAL_FILES_ROWS_PER_S = 50_000
GOAL_RATIO = 1.5
BATCH = 5000


def make_file(rows: int, dest: Path) -> Path:
    """A street file of `rows` rows: the real rows over and over, each crime with a new ID."""
    import csv

    source: list[list[str]] = []
    header: list[str] = []
    for name in STREET_FILES:
        with open(SHARED / name, newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            source.extend(reader)
    with open(dest, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        written = 0
        while written < rows:
            for fields in source[: rows - written]:
                written += 1
                crime_id = hashlib.sha256(b"%d" % written).hexdigest() if fields[0] else ""
                writer.writerow([crime_id, MONTH, *fields[2:]])
    return dest


def _maxrss_mb(who: str = "self") -> float:
    """Peak memory of this process, or of the largest child it has waited for ("children")."""
    import resource

    # Linux reports kilobytes; macOS bytes.
    scale = 1 if sys.platform == "darwin" else 1024
    usage = resource.getrusage(resource.RUSAGE_SELF if who == "self" else resource.RUSAGE_CHILDREN)
    return round(usage.ru_maxrss * scale / 2**20, 1)


def _fresh_store(folder: Path):  # type: ignore[no-untyped-def]
    from jagdesk.services.places.boundaries import import_boundaries
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    store = open_store(sqlite_location(folder / "bench.db"))
    with store.unit_of_work("bench") as uow:
        import_boundaries(uow, SHARED / WARDS, locality="Hertsmere")
    return store


def _phase_timer() -> dict[str, float]:
    """Seconds the import spends inserting rows, building indexes and committing, filled in as it
    runs: the connection's exec_driver_sql and the unit of work's commit are wrapped, in this
    child process only (the app is unchanged). The rest of the import is reading the file,
    checking its rows and placing them in wards."""
    from sqlalchemy.engine import Connection

    from jagdesk.store.uow import UnitOfWork

    spent = {"insert": 0.0, "indexes": 0.0, "commit": 0.0}
    execute, commit = Connection.exec_driver_sql, UnitOfWork.commit

    def timed_execute(self: Connection, statement: str, *args: object, **kwargs: object) -> object:
        key = ("insert" if statement.startswith("INSERT INTO crime ") else
               "indexes" if statement.startswith("CREATE INDEX") else "")
        start = time.perf_counter()
        try:
            return execute(self, statement, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            if key:
                spent[key] += time.perf_counter() - start

    def timed_commit(self: UnitOfWork) -> None:
        start = time.perf_counter()
        try:
            commit(self)
        finally:
            spent["commit"] += time.perf_counter() - start

    Connection.exec_driver_sql = timed_execute  # type: ignore[assignment,method-assign]
    UnitOfWork.commit = timed_commit  # type: ignore[method-assign]
    return spent


def child_import(file: Path, folder: Path, trace: bool) -> dict[str, object]:
    from jagdesk.services.places.crime_import import import_police_uk

    store = _fresh_store(folder)
    spent = _phase_timer()
    before = _maxrss_mb()
    if trace:
        import tracemalloc

        tracemalloc.start()
    start = time.perf_counter()
    with store.unit_of_work("bench") as uow:
        summary = import_police_uk(uow, file)
    seconds = time.perf_counter() - start
    phases = {f"{name}_s": round(value, 3) for name, value in spent.items()}
    phases["read_check_place_s"] = round(seconds - sum(spent.values()), 3)
    result: dict[str, object] = {"seconds": seconds, "imported": summary.imported,
                                 "maxrss_mb": _maxrss_mb(), "maxrss_before_import_mb": before,
                                 "reader_maxrss_mb": _maxrss_mb("children"),
                                 "phases": phases}
    if trace:
        import tracemalloc

        result["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    store.close()
    return result


def child_floor(file: Path, folder: Path) -> dict[str, object]:
    import sqlite3
    import uuid

    from jagdesk.importers.policeuk import PoliceUkFile
    from jagdesk.services.places.boundaries import ward_places

    store = _fresh_store(folder)
    with store.unit_of_work("bench") as uow:
        places = ward_places(uow.session)
    store.close()
    file_id = uuid.uuid4().hex
    wards = [ward_id.hex for ward_id in places.ward_ids] + [None]
    flags = [0] * len(places.ward_ids) + [1]
    rows: list[tuple[object, ...]] = []
    with PoliceUkFile(file) as source:
        for line, f, point in source.rows():  # the same rows the import inserts, built untimed
            [area] = places.locator.areas_of([point])
            lon, lat = point if point else (None, None)
            ward, flag = (None, 0) if area is None else (wards[area], flags[area])
            rows.append((file_id, line, f[0] or None, f[1], f[2], f[3], lon, lat, f[6], f[7] or None,
                         f[8] or None, f[9], f[10] or None, f[11] or None, ward, flag))
    columns = ("file_id, line_no, crime_ref, month, reported_by, falls_within, longitude, latitude, "
               "location, lsoa_code, lsoa_name, crime_type, last_outcome, context, ward_id, outside")
    sql = f"INSERT INTO crime ({columns}) VALUES ({', '.join(['?'] * 16)})"
    conn = sqlite3.connect(folder / "bench.db")
    for pragma in ("foreign_keys = ON", "busy_timeout = 5000", "journal_mode = WAL",
                   "synchronous = FULL", "cache_size = -65536"):  # as jagdesk.store.engine sets them
        conn.execute(f"PRAGMA {pragma}")
    # The floor is the table alone: no secondary index to keep up to date or to build.
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'crime' AND sql IS NOT NULL").fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    conn.commit()
    start = time.perf_counter()
    conn.execute(
        "INSERT INTO crime_file (id, source, month, force, file_name, sha256, rows_imported, "
        "rows_skipped, rows_rejected, rows_no_location, rows_outside, rejections, created_at, "
        "created_by, updated_at, updated_by, version) VALUES (?, 'street', ?, 'bench', 'bench.csv', "
        "'', 0, 0, 0, 0, 0, '', '2021-01-01', 'bench', '2021-01-01', 'bench', 1)",
        (file_id, MONTH))
    for offset in range(0, len(rows), BATCH):
        conn.executemany(sql, rows[offset:offset + BATCH])
    conn.commit()
    seconds = time.perf_counter() - start
    # What the table needs besides: its indexes, each built once by a sort of the finished table.
    start = time.perf_counter()
    for _name, index_sql in indexes:
        conn.execute(index_sql)
    conn.commit()
    index_seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "index_seconds": index_seconds, "imported": len(rows)}


def make_template(folder: Path) -> Path:
    """A store with the Hertsmere wards, closed, to be copied for each timed command."""
    folder.mkdir()
    done = subprocess.run([_common.PYTHON, __file__, "--child", "store", "-", str(folder)],
                          capture_output=True, text=True, env=_common.child_env(folder / "data"),
                          timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"making the store failed: {done.stderr.strip()[-2000:]}")
    return folder / "bench.db"


def _run_command(files: list[Path], template: Path, folder: Path) -> float:
    """Seconds for `jagdesk import police-uk FILES` on a copy of the template, start to exit."""
    folder.mkdir()
    db = _common.copy_store(template, folder)
    argv = [_common.PYTHON, "-m", "jagdesk", "--db", str(db), "import", "police-uk",
            *map(str, files)]
    seconds, code, _out = _common.time_process(argv, _common.child_env(folder / "data"),
                                               _common.REPO_ROOT)
    if code != 0:
        raise SystemExit(f"jagdesk import police-uk exited {code}")
    _common.cleanup(folder)
    return seconds


def _run_child(mode: str, file: Path, folder: Path) -> dict[str, object]:
    folder.mkdir()
    env = _common.child_env(folder / "data")
    done = subprocess.run([_common.PYTHON, __file__, "--child", mode, str(file), str(folder)],
                          capture_output=True, text=True, env=env, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    _common.cleanup(folder)
    return result


def measure(rows: int, rounds: int, trace: bool) -> dict[str, object]:
    work = _common.work_dir("import")
    try:
        _common.note(f"making a {rows:,}-row street file")
        file = make_file(rows, work / f"{MONTH}-bench-street.csv")
        template = make_template(work / "template")
        runs: dict[str, list[dict[str, object]]] = {"import": [], "floor": []}
        command_all: list[float] = []
        for number in range(rounds):
            for mode in ("import", "command", "floor"):
                _common.note(f"{mode}, round {number + 1} of {rounds}")
                if mode == "command":
                    command_all.append(_run_command([file], template, work / f"{mode}-{number}"))
                else:
                    runs[mode].append(_run_child(mode, file, work / f"{mode}-{number}"))
        traced: dict[str, object] = {}
        if trace:
            _common.note("import under tracemalloc")
            traced = _run_child("trace", file, work / "trace")
        import_all = [float(run["seconds"]) for run in runs["import"]]  # type: ignore[arg-type]
        floor_all = [float(run["seconds"]) for run in runs["floor"]]  # type: ignore[arg-type]
        import_s, floor_s = statistics.median(import_all), statistics.median(floor_all)
        command_s = statistics.median(command_all)
        indexed_s = statistics.median(float(run["seconds"]) + float(run["index_seconds"])  # type: ignore[arg-type]
                                      for run in runs["floor"])
        rate, floor_rate, command_rate = rows / import_s, rows / floor_s, rows / command_s
        ratio = import_s / floor_s
        return {
            "bench": "import_throughput", "rows": rows, "rounds": rounds,
            "imported": runs["import"][0]["imported"],
            "file_mb": round(file.stat().st_size / 2**20, 1),
            "import_s": round(import_s, 3), "import_rows_per_s": round(rate),
            "command_s": round(command_s, 3), "command_rows_per_s": round(command_rate),
            "floor_s": round(floor_s, 3), "floor_rows_per_s": round(floor_rate),
            "ratio_to_floor": round(ratio, 3),
            "floor_indexed_s": round(indexed_s, 3), "ratio_to_indexed_floor": round(import_s / indexed_s, 3),
            "goal_rows_per_s": GOAL_ROWS_PER_S, "goal_ratio": GOAL_RATIO,
            "meets_goal": command_rate >= GOAL_ROWS_PER_S and ratio <= GOAL_RATIO,
            "meets_ratio_goal": ratio <= GOAL_RATIO,
            "maxrss_mb": max(float(run["maxrss_mb"]) for run in runs["import"]),  # type: ignore[arg-type]
            "maxrss_before_import_mb": runs["import"][0]["maxrss_before_import_mb"],
            "reader_maxrss_mb": max(float(run["reader_maxrss_mb"]) for run in runs["import"]),  # type: ignore[arg-type]
            "tracemalloc_peak_mb": traced.get("tracemalloc_peak_mb"),
            "import_phases_s": {name: round(statistics.median(
                float(run["phases"][name]) for run in runs["import"]), 3)  # type: ignore[index]
                for name in runs["import"][0]["phases"]},  # type: ignore[attr-defined]
            "import_all_s": [round(v, 3) for v in import_all],
            "floor_all_s": [round(v, 3) for v in floor_all],
            "command_all_s": [round(v, 3) for v in command_all],
        }
    finally:
        _common.cleanup(work)


def measure_files(rounds: int) -> dict[str, object]:
    """The thirteen files of a year in one command, as a user imports them."""
    files = [SHARED / name for name in YEAR_FILES]
    rows = 0
    for path in files:
        with open(path, "rb") as handle:
            rows += sum(1 for _line in handle) - 1
    work = _common.work_dir("import-files")
    try:
        template = make_template(work / "template")
        command_all = []
        for number in range(rounds):
            _common.note(f"{len(files)} files, round {number + 1} of {rounds}")
            command_all.append(_run_command(files, template, work / f"files-{number}"))
        command_s = statistics.median(command_all)
        rate = rows / command_s
        return {"bench": "import_files", "files": len(files), "rows": rows, "rounds": rounds,
                "command_s": round(command_s, 3), "command_rows_per_s": round(rate),
                "goal_rows_per_s": GOAL_FILES_ROWS_PER_S, "meets_goal": rate >= GOAL_FILES_ROWS_PER_S,
                "command_all_s": [round(v, 3) for v in command_all]}
    finally:
        _common.cleanup(work)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="100000,1000000",
                        help="file sizes, comma-separated (none: '')")
    parser.add_argument("--rounds", type=int, default=3,
                        help="import and floor runs per size, alternating (default 3)")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc run")
    parser.add_argument("--no-files", action="store_true",
                        help="skip the thirteen-file import of a year's files")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FILE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, file, folder = args.child[0], Path(args.child[1]), Path(args.child[2])
        os.environ.setdefault("JAGDESK_USER", "bench")
        if mode == "store":
            _fresh_store(folder).close()
            result = {}
        elif mode == "floor":
            result = child_floor(file, folder)
        else:
            result = child_import(file, folder, trace=mode == "trace")
        print(json.dumps(result))
        return 0
    if not (SHARED / STREET_FILES[0]).is_file():
        raise SystemExit(f"The police.uk files are not in {SHARED}.")
    for rows in (int(n) for n in args.rows.split(",") if n):
        _common.emit(measure(rows, max(1, args.rounds), trace=not args.no_trace))
    if not args.no_files:
        _common.emit(measure_files(max(1, args.rounds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
