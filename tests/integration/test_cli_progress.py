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


def _on_a_terminal(argv: list[str], columns: int = 80
                   ) -> tuple[subprocess.CompletedProcess[str], str]:
    """`python -m jagdesk ARGV` with stderr on a pseudo-terminal `columns` wide (stdout to a
    pipe): the process, what the terminal received."""
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
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
    assert drawn[-3].rstrip() == "Saving the import..." and len(drawn[-3]) == len(drawn[-4])
    assert drawn[-2:] == [" " * len(drawn[-3]), ""]


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
    assert drawn[-3].rstrip() == "Saving the postcodes..."
    assert drawn[-2:] == [" " * len(drawn[-3]), ""]


def test_on_a_narrow_terminal_each_line_is_cut_to_its_width(empty_file: Path,
                                                            shared_data: Path) -> None:
    street = shared_data / "policeuk/2021-01-hertfordshire-street.csv"
    done, terminal = _on_a_terminal(["--db", str(empty_file), "import", "police-uk",
                                     str(street)], columns=30)
    assert done.returncode == 0 and "6,914 rows imported" in done.stdout
    drawn = terminal.split("\r")
    # A line as wide as the terminal would wrap, and could not be redrawn in place.
    assert drawn[1] == "2021-01-hertfordshire-street."
    assert max(len(line) for line in drawn) == 29


def test_ctrl_c_during_a_large_import_stops_it_in_one_sentence_and_keeps_nothing(
        empty_file: Path, shared_data: Path) -> None:
    """A year of files is read by the reader process; Ctrl-C reaches it too, and neither it nor
    the import may leave a traceback on the terminal."""
    import signal

    year = [str(shared_data / f"policeuk/2021-{month:02d}-hertfordshire-street.csv")
            for month in range(1, 13)]
    master, slave = pty.openpty()
    command = subprocess.Popen([sys.executable, "-m", "jagdesk", "--db", str(empty_file),
                                "import", "police-uk", *year], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=slave, start_new_session=True)
    os.close(slave)
    received = bytearray()
    interrupted = False
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        received.extend(chunk)
        # Once the line has been redrawn (a tenth of a second in: the import has seconds to go).
        if not interrupted and received.count(b"rows read") >= 2:
            os.killpg(command.pid, signal.SIGINT)  # as the terminal sends Ctrl-C to the command
            interrupted = True
    out, _ = command.communicate(timeout=60)
    os.close(master)
    terminal = received.decode("utf-8")
    assert interrupted and command.returncode == 130 and out == b""
    # The progress line rubbed out, then the one sentence.
    assert terminal.split("\r")[-3:] == [" " * len(terminal.split("\r")[-4]),
                                         "jagdesk: stopped; nothing more was changed.", "\n"]
    assert "Traceback" not in terminal and "jagdesk-read-ahead" not in terminal
    listing = subprocess.run([sys.executable, "-m", "jagdesk", "--db", str(empty_file), "check",
                              "--json"], capture_output=True, text=True, check=False)
    assert '"crimes": 0' in listing.stdout


def test_nothing_is_drawn_where_there_is_no_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # as in the windowed build, run with arguments
    with TerminalProgress() as line:
        line.say("a.csv: 1,000 rows read, 10%")
    assert not line.shown


def test_nothing_is_drawn_where_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    with TerminalProgress(stream) as line:
        line.say("a.csv: 1,000 rows read, 10%")
        line.say("Saving the import...", now=True)
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
                                 + "\r" + " " * 27 + "\r")
