"""Shared helpers for the benchmark scripts: paths, environment, timing, JSON output.

Nothing here writes inside the repository or the user's real JAGDesk data: stores are cached
under JAGDESK_BENCH_CACHE (default: the system temp folder), and every timed process gets its
own JAGDESK_DATA_DIR.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CACHE_ENV = "JAGDESK_BENCH_CACHE"
RUNS_ENV = "JAGDESK_BENCH_RUNS"
DEFAULT_RUNS = 5
PROCESS_TIMEOUT_S = 120


def note(message: str) -> None:
    """Progress for people: stderr, so stdout stays one JSON object per line."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def emit(record: dict[str, object]) -> None:
    """One result: one JSON object on one line of stdout, with the machine's load for context."""
    if hasattr(os, "getloadavg"):
        record = {**record, "loadavg_1m": round(os.getloadavg()[0], 2)}
    print(json.dumps(record, sort_keys=False), flush=True)


def runs_from_env(default: int = DEFAULT_RUNS) -> int:
    try:
        return max(1, int(os.environ.get(RUNS_ENV, default)))
    except ValueError:
        return default


def cache_dir() -> Path:
    """Where built stores are kept between runs (never inside the repository)."""
    base = Path(os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "jagdesk-bench-cache")
    base = base.expanduser().resolve()
    if base == REPO_ROOT or REPO_ROOT in base.parents:
        raise SystemExit(f"{CACHE_ENV} must be outside the repository ({REPO_ROOT}).")
    base.mkdir(parents=True, exist_ok=True)
    return base


def work_dir(prefix: str) -> Path:
    """A fresh scratch folder for one benchmark run; removed with cleanup()."""
    return Path(tempfile.mkdtemp(prefix=f"jagdesk-bench-{prefix}-"))


def cleanup(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def copy_store(source: Path, dest_dir: Path) -> Path:
    """A private copy of a cached store, so the app's WAL, lock and migrations never touch it."""
    dest = dest_dir / source.name
    shutil.copy2(source, dest)
    return dest


def child_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment for a timed process: offscreen Qt, scratch data folder, this checkout."""
    env = dict(os.environ)
    env.pop("JAGDESK_DB", None)
    env.pop("JAGDESK_PASSPHRASE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        JAGDESK_DATA_DIR=str(data_dir),
        JAGDESK_USER="bench",
        # Run the code of the checkout these benchmarks live in, whatever is installed.
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p),
    )
    env.update(extra)
    return env


def time_until_line(argv: list[str], env: dict[str, str], marker: str, cwd: Path
                    ) -> tuple[float, float, int]:
    """Start `argv`; seconds until `marker` is read on its stdout, seconds until it exits, exit code.

    The first time is NaN if the process exits without printing the marker.
    """
    marked, total, code = time_until_lines(argv, env, (marker,), cwd)
    return marked[marker], total, code


def time_until_lines(argv: list[str], env: dict[str, str], markers: tuple[str, ...], cwd: Path
                     ) -> tuple[dict[str, float], float, int]:
    """Start `argv`; seconds until each marker line is first read on its stdout (NaN for one never
    printed), seconds until it exits, exit code."""
    # stderr goes to a file, so a chatty child can never block on a full pipe before the marker.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err_file, env=env,
                                cwd=cwd, text=True, bufsize=1)
        marked = {marker: float("nan") for marker in markers}
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                word = line.strip()
                if word in marked and marked[word] != marked[word]:
                    marked[word] = time.perf_counter() - start
                    if all(value == value for value in marked.values()):
                        break
            proc.communicate(timeout=PROCESS_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            raise
        total = time.perf_counter() - start
        if proc.returncode != 0:
            err_file.seek(0)
            note(f"{' '.join(argv[1:])} exited {proc.returncode}: {err_file.read().strip()[-500:]}")
    return marked, total, proc.returncode


def time_process(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, int, str]:
    """Seconds from start to exit, the exit code, and stdout."""
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=PROCESS_TIMEOUT_S)
    total = time.perf_counter() - start
    if proc.returncode not in (0,):
        note(f"{' '.join(argv[1:])} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return total, proc.returncode, proc.stdout


def summary(values: list[float]) -> dict[str, float | None]:
    good = [v for v in values if v == v]  # drop NaN
    if not good:
        return {"median_s": None, "min_s": None, "max_s": None}
    return {
        "median_s": round(statistics.median(good), 4),
        "min_s": round(min(good), 4),
        "max_s": round(max(good), 4),
    }


# One SQL statement and its parameters, for sql_seconds.
Query = tuple[str, tuple[object, ...]]


def sql_seconds(path: Path, queries: list[Query] | tuple[Query, ...]) -> float:
    """Seconds to open the SQLite file and fetch every row of `queries` with plain sqlite3,
    nothing converted or computed: the floor a feature's reading is measured against."""
    import sqlite3

    start = time.perf_counter()
    connection = sqlite3.connect(path)
    try:
        for sql, parameters in queries:
            connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()
    return time.perf_counter() - start


def with_floor(median: float | None, floors: list[float]) -> dict[str, object]:
    """The floor's median and the ratio of `median` to it, as the benchmarks print them."""
    floor = statistics.median(floors) if floors else None
    return {"floor_median_s": round(floor, 4) if floor else None,
            "ratio_to_floor": round(median / floor, 2) if median and floor else None}
