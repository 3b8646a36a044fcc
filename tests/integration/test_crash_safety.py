"""A copy of JAGDesk killed in the middle of a save loses that save and nothing else."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from jagdesk.services.agencies import list_agencies
from jagdesk.services.maintenance import check_store
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store

# Commits three agencies, then starts a save of thousands more that is flushed to the file
# (spilled into the write-ahead log) but not committed, and waits there to be killed.
WRITER = """
import sys
from pathlib import Path
from jagdesk.services.agencies import AgencyInput, save_agency
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import Agency
from jagdesk.store.opening import open_store

store = open_store(sqlite_location(Path(sys.argv[1])))
for number in range(3):
    with store.unit_of_work("writer") as uow:
        save_agency(uow, AgencyInput(f"Committed {number}", "council"))
print("committed", flush=True)
with store.unit_of_work("writer") as uow:
    uow.session.connection().exec_driver_sql("PRAGMA cache_size = 50")
    for number in range(4000):
        uow.session.add(Agency(name=f"Never saved {number} " + "x" * 150, agency_type="other"))
        if number % 500 == 499:
            uow.session.flush()
    print("saving", flush=True)
    sys.stdin.read()
"""


def test_killed_during_a_large_save(tmp_path: Path) -> None:
    path = tmp_path / "csp.db"
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "committed"
        assert process.stdout.readline().strip() == "saving"
        wal = Path(str(path) + "-wal")
        # The unsaved rows really are in the file system, not just in the writer's memory.
        assert wal.stat().st_size > 1_000_000
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL

    with open_store(sqlite_location(path)) as store:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").all() == [("ok",)]
        with store.unit_of_work() as uow:
            assert [row.name for row in list_agencies(uow)] == [
                "Committed 0", "Committed 1", "Committed 2"]
        report = check_store(store)
    assert report.ok
    assert report.counts["agencies"] == 3 and report.counts["audit entries"] == 3
