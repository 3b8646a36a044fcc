"""Set up and run JAGDesk from a source checkout, on Windows, macOS or Linux.

    python3 dev.py run [ARGS...]    install into .venv if needed, then start JAGDesk
    python3 dev.py test [ARGS...]   install with the test tools if needed, then run pytest

The first run creates .venv beside this file and installs the project into it (editable);
later runs reinstall only when pyproject.toml has changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
SCRIPTS = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = SCRIPTS / ("python.exe" if os.name == "nt" else "python")


def _ensure_installed(extra: str) -> None:
    """Create .venv and install the project (with `extra`) unless that exact install is there."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit("JAGDesk needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    stamp = VENV / f"jagdesk-installed{'-' + extra if extra else ''}"
    if stamp.exists() and stamp.read_text() == wanted:
        return
    target = f".[{extra}]" if extra else "."
    print(f"Installing JAGDesk and its dependencies into .venv ({target}) ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
                   check=True, cwd=ROOT)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target],
                   check=True, cwd=ROOT)
    stamp.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        _ensure_installed("")
        return subprocess.call([str(PYTHON), "-m", "jagdesk", *rest], cwd=ROOT)
    _ensure_installed("test")
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
