"""Try a built JAGDesk folder on its own: no project environment, no checkout on the path.

    python3 packaging/smoke.py dist/JAGDesk

Runs the bundle's jagdesk-cli to create a store, load the demo (with the public data beside the
project when it is there, so the maps and charts are drawn), write a meeting pack and minutes, and
render every page to PNG off-screen; checks each file it writes, then prints the folder's size.
Exits 1 at the first step that fails. Needs only Python's standard library.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def clean_environment(work: Path) -> dict[str, str]:
    """The environment of a workstation that has only the bundle: no Python set-up inherited."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "JAGDESK_"))}
    env["PATH"] = os.pathsep.join(part for part in env.get("PATH", "").split(os.pathsep)
                                  if ".venv" not in part)
    env["JAGDESK_DATA_DIR"] = str(work / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    if SHARED_DATA.is_dir():
        env["JAGDESK_SHARED_DATA"] = str(SHARED_DATA)
    return env


def run(cli: Path, args: list[str], work: Path, env: dict[str, str]) -> str:
    print("  jagdesk-cli", " ".join(args), flush=True)
    done = subprocess.run([str(cli), *args], cwd=work, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        command = " ".join(args)
        raise SystemExit(f"jagdesk-cli {command} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout


def check_file(path: Path, starts: bytes, what: str) -> None:
    if not path.is_file() or not path.read_bytes().startswith(starts):
        raise SystemExit(f"{what} was not written as expected: {path}")


# Large enough that the bundle reads it in a reader process of its own (jagdesk.services.places.
# read_ahead: 10 MB and over), as a force's year would be: a frozen program must start one.
LARGE_IMPORT_BYTES = 12 << 20


def write_large_street_file(path: Path) -> int:
    """A police.uk street file of one month (2030-01, a month the demo does not have) over
    LARGE_IMPORT_BYTES, made up here; returns its rows."""
    header = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
              "LSOA name,Crime type,Last outcome category,Context\n")
    force = "Hertfordshire Constabulary"
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(header)
        while out.tell() < LARGE_IMPORT_BYTES:
            rows += 1
            out.write(f"{rows:064x},2030-01,{force},{force},{-0.27 - rows % 97 / 10000:.6f},"
                      f"{51.65 + rows % 89 / 10000:.6f},On or near Shenley Road,E01023{rows % 90:03d},"
                      f"Hertsmere 0{rows % 20:02d}A,Burglary,Under investigation,\n")
    return rows


def main(bundle: Path) -> int:
    bundle = bundle.resolve()
    cli = bundle / ("jagdesk-cli.exe" if os.name == "nt" else "jagdesk-cli")
    if not cli.is_file():
        print(f"No built JAGDesk in {bundle}: run python3 dev.py package first.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="jagdesk-smoke-") as folder:
        work = Path(folder)
        env = clean_environment(work)
        run(cli, ["--version"], work, env)
        run(cli, ["init"], work, env)
        run(cli, ["demo"], work, env)
        rows = write_large_street_file(work / "2030-01-large-street.csv")
        said = run(cli, ["import", "police-uk", str(work / "2030-01-large-street.csv")], work, env)
        if f"{rows:,} rows imported" not in said:
            raise SystemExit(f"The large police.uk import did not say {rows:,} rows imported:\n{said}")
        meetings = json.loads(run(cli, ["list", "meetings", "--json"], work, env))
        held = next(meeting for meeting in meetings if meeting["status"] == "held" and meeting["series"])
        run(cli, ["export", "pack", held["id"], "--out", str(work / "pack.pdf")], work, env)
        check_file(work / "pack.pdf", b"%PDF", "The meeting pack")
        run(cli, ["export", "minutes", held["id"], "--out", str(work / "minutes.docx")], work, env)
        check_file(work / "minutes.docx", b"PK", "The minutes")
        with zipfile.ZipFile(work / "minutes.docx") as document:
            if "word/document.xml" not in document.namelist():
                raise SystemExit("The minutes are not a Word document.")
        run(cli, ["screenshots", str(work / "shots")], work, env)
        shots = sorted((work / "shots").glob("*.png"))
        if not shots:
            raise SystemExit("No page was rendered to PNG.")
        for shot in shots:
            check_file(shot, b"\x89PNG", f"The screenshot {shot.name}")
    size = folder_size(bundle)
    print(json.dumps({"bundle": str(bundle), "size_mb": round(size / 1_000_000, 1),
                      "screenshots": len(shots), "smoke": "passed"}))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("dist/JAGDesk")))
