"""Run every benchmark in turn; their JSON lines go to stdout, progress to stderr.

    python benchmarks/run_all.py [--runs N] [--no-profile] [--rebuild]

Exit status 0 when every script ran (whether or not the goals are met), 1 otherwise.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case (default 5)")
    parser.add_argument("--no-profile", action="store_true", help="skip profile_start.py")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached stores")
    args = parser.parse_args()
    scripts: list[list[str]] = [
        ["stores.py", *(["--rebuild"] if args.rebuild else [])],
        ["cold_start.py", "--runs", str(args.runs)],
        ["check_command.py", "--runs", str(args.runs)],
        ["command_start.py", "--runs", str(args.runs)],
    ]
    if not args.no_profile:
        scripts.append(["profile_start.py", "--runs", "3"])
    scripts += [
        ["import_throughput.py"],
        ["demo_load.py", "--runs", str(args.runs)],
        ["hotspot_finder.py"],
        ["yoy_table.py"],
        ["map_repaint.py"],
        ["minutes_docx.py", "--runs", str(max(10, args.runs))],
        ["meeting_pack.py", "--runs", str(args.runs)],
        ["asb_register.py", "--runs", str(args.runs)],
        ["audit_chain.py", "--runs", "3"],
        ["access_log.py"],
        ["offline_takeout.py", "--runs", "3"],
        ["offline_checkin.py", "--runs", "3"],
    ]
    failed = []
    for script, *rest in scripts:
        print(f"[bench] == {script} ==", file=sys.stderr, flush=True)
        # stdout and stderr are inherited: JSON lines pass straight through.
        code = subprocess.call([sys.executable, str(HERE / script), *rest])
        if code != 0:
            failed.append(script)
    if failed:
        print(f"[bench] failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
