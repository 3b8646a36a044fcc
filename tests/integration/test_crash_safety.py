"""A copy of JAGDesk killed in the middle of a save loses that save and nothing else."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.reference.agencies import list_agencies
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AgendaItem
from jagdesk.store.opening import open_store

# Commits three agencies, then starts a save of thousands more that is flushed to the file
# (spilled into the write-ahead log) but not committed, and waits there to be killed.
WRITER = """
import sys
from pathlib import Path
from jagdesk.services.reference.agencies import AgencyInput, save_agency
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


# Types minutes the way the editor saves them (one save_minutes per pause), then is killed while
# the next save of a long text is flushed but not committed.
MINUTES_WRITER = """
import sys
from datetime import date
from pathlib import Path
from jagdesk.services import meetings as svc
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AgendaItem
from jagdesk.store.opening import open_store

store = open_store(sqlite_location(Path(sys.argv[1])))
with store.unit_of_work("writer") as uow:
    jag = next(t for t in svc.list_meeting_types(uow) if t.name == "JAG")
    meeting = svc.save_meeting(uow, svc.MeetingInput("Hertsmere JAG", jag.id, held_on=date(2026, 11, 12)))
    item = svc.add_item(uow, meeting.id, svc.ItemInput("Shenley Road parade", "general"))
version, text = item.version, ""
for sentence in ("Patrols agreed.", " Lighting reported.", " Benches to be moved."):
    text += sentence
    with store.unit_of_work("writer") as uow:
        version = svc.save_minutes(uow, item.id, version, text, "")
print("saved", flush=True)
with store.unit_of_work("writer") as uow:
    uow.session.connection().exec_driver_sql("PRAGMA cache_size = 50")  # spill to the file
    row = uow.session.get(AgendaItem, item.id)
    row.minutes = text + " Never saved. " * 200_000
    uow.session.flush()
    print("saving", flush=True)
    sys.stdin.read()
"""


def test_killed_while_saving_minutes_keeps_the_last_saved_text(tmp_path: Path) -> None:
    path = tmp_path / "minutes.db"
    process = subprocess.Popen([sys.executable, "-c", MINUTES_WRITER, str(path)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "saved"
        assert process.stdout.readline().strip() == "saving"
        assert Path(str(path) + "-wal").stat().st_size > 1_000_000  # the long text is on disk
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    with open_store(sqlite_location(path)) as store, store.unit_of_work() as uow:
        minutes = uow.session.scalars(select(AgendaItem.minutes)).one()
    assert minutes == "Patrols agreed. Lighting reported. Benches to be moved."
