"""`python -m jagdesk` as a real process: exit statuses, stdout and stderr as a script sees them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from jagdesk.store.migrate import head_revision


def jagdesk(*argv: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # JAGDESK_DATA_DIR is already the test's own folder
    if passphrase:
        env["JAGDESK_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "jagdesk", *argv], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
                          check=False)


def test_a_session_at_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "csp.db"
    init = jagdesk("--db", str(path), "init", "--encrypt", passphrase="correct horse battery")
    assert (init.returncode, init.stderr) == (0, "")
    assert init.stdout == f"Store ready: SQLite, encrypted: {path} (schema {head_revision()}).\n"

    demo = jagdesk("--db", str(path), "demo", passphrase="correct horse battery")
    assert demo.returncode == 0
    assert demo.stdout == ("Demo loaded: 11 agencies, 21 contacts, 5 localities, 15 wards, "
                           "5 hotspots, 5 cases with 14 people and 30 actions, "
                           "7 meetings with 17 actions, an action plan of 13 items, "
                           "13,799 crimes.\n")

    listing = jagdesk("--db", str(path), "list", "contacts", "--json",
                      passphrase="correct horse battery")
    assert listing.returncode == 0
    assert len(json.loads(listing.stdout)) == 21

    again = jagdesk("--db", str(path), "demo", passphrase="correct horse battery")
    assert (again.returncode, again.stdout) == (2, "")
    assert again.stderr == (
        "jagdesk: The store already has records; the demo loads only into an empty store.\n")


def test_bad_input_is_one_line_and_status_2(tmp_path: Path) -> None:
    path = tmp_path / "csp.db"
    path.write_text("not a database\n", encoding="utf-8")
    done = jagdesk("--db", str(path), "check")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"jagdesk: {path} is encrypted or is not a JAGDesk database; "
                           "if it is encrypted, give its passphrase.\n")
    assert path.read_text(encoding="utf-8") == "not a database\n"
