"""A long command's progress on the terminal: one line redrawn in place on stderr, rubbed out
before the results, and nothing of it when stderr is not a terminal."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jagdesk.cli.progress import TerminalProgress
from tests.support.postcode_files import onspd_file

pty = pytest.importorskip("pty")  # a terminal to run the command on: not on Windows


def _on_a_terminal(argv: list[str]) -> tuple[subprocess.CompletedProcess[str], str]:
    """`python -m jagdesk ARGV` with stderr on a pseudo-terminal: the process, what the
    terminal received."""
    master, slave = pty.openpty()
    received = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal's other end is closed and all of it read
                return
            if not chunk:
                return
            received.extend(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        done = subprocess.run([sys.executable, "-m", "jagdesk", *argv], stdout=subprocess.PIPE,
                              stderr=slave, stdin=subprocess.DEVNULL, text=True, timeout=120,
                              check=False)
    finally:
        os.close(slave)
        reader.join(10)
        os.close(master)
    return done, received.decode("utf-8")


def test_the_import_shows_its_progress_on_the_terminal_then_rubs_it_out(
        empty_file: Path, shared_data: Path) -> None:
    db = str(empty_file)
    street = shared_data / "policeuk/2021-01-hertfordshire-street.csv"
    done, terminal = _on_a_terminal(["--db", db, "import", "police-uk", str(street)])
    assert done.returncode == 0
    assert done.stdout.startswith("2021-01-hertfordshire-street.csv (street, 2021-01, "
                                  "Hertfordshire Constabulary): 6,914 rows imported")
    assert terminal.startswith("\r2021-01-hertfordshire-street.csv: 0 rows read, 0%")
    drawn = terminal.split("\r")
    # Saving is the last thing drawn (over the longer line before it), and it is rubbed out
    # before the summary is printed.
    assert drawn[-3].rstrip() == "Saving the import…" and len(drawn[-3]) == len(drawn[-4])
    assert drawn[-2:] == [" " * len("Saving the import…"), ""]


def test_the_postcode_import_shows_its_progress_then_its_summary(
        empty_file: Path, tmp_path: Path, shared_data: Path) -> None:
    db = str(empty_file)
    wards = str(shared_data / "geo/hertsmere-wards-2013.geojson")
    assert subprocess.run([sys.executable, "-m", "jagdesk", "--db", db, "import", "boundaries",
                           wards], capture_output=True, check=False).returncode == 0
    done, terminal = _on_a_terminal(["--db", db, "import", "postcodes",
                                     str(onspd_file(tmp_path, shared_data))])
    assert done.returncode == 0
    assert done.stdout.startswith("ONSPD_FEB_2024_UK.csv (ONS Postcode Directory): 5 postcodes "
                                  "imported")
    drawn = terminal.split("\r")
    assert re.fullmatch(r"\d+ postcodes read, 100% *", drawn[1])
    assert drawn[-2:] == [" " * len(drawn[-3].rstrip()), ""]


def test_nothing_is_drawn_where_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    with TerminalProgress(stream) as line:
        line.say("a.csv: 1,000 rows read, 10%")
        line.say("Saving the import…", now=True)
    assert stream.getvalue() == "" and not line.shown


def test_a_line_is_redrawn_no_oftener_than_its_interval_unless_it_must_be() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    line = TerminalProgress(stream)
    line.say("a.csv: 1,000 rows read, 10%")
    line.say("a.csv: 2,000 rows read, 20%")  # within the interval: not drawn
    line.say("Saving…", now=True)
    line.clear()
    assert stream.getvalue() == ("\ra.csv: 1,000 rows read, 10%" + "\rSaving…".ljust(28)
                                 + "\r" + " " * len("Saving…") + "\r")
