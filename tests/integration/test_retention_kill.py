"""An erasure killed with SIGKILL half way (after the live records and the audit trail's entries
about the person were rewritten, before the commit) leaves nothing erased, on both engines."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from jagdesk.services.admin.maintenance import check_store
from jagdesk.store.location import StoreLocation
from jagdesk.store.models import AuditEntry, Person, ProblemCase
from jagdesk.store.opening import open_store
from tests.integration.test_retention import _case_with_people

# The child erases Dean Foxley; once the trail's entries naming him were rewritten in its
# transaction it says so through a file and waits to be killed.
CHILD = """
import sys, time, uuid
from datetime import date
from pathlib import Path
import jagdesk.services.governance.erase as erase
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.opening import open_store

target, person, flag = sys.argv[1], uuid.UUID(sys.argv[2]), Path(sys.argv[3])
original = erase.redact_names

def redact_then_wait(*args, **kwargs):
    count = original(*args, **kwargs)
    # Written whole, then named: the test waits for the name and must never read it half written.
    flag.with_suffix(".part").write_text(str(count))
    flag.with_suffix(".part").replace(flag)
    time.sleep(120)
    return count

erase.redact_names = redact_then_wait
location = sqlite_location(Path(target)) if target.endswith(".db") else resolve_location(target)
with open_store(location) as store, store.unit_of_work("gina") as uow:
    erase.erase_record(uow, person, date(2025, 4, 1))
"""


def _target(location: StoreLocation) -> str:
    return str(location.path) if location.is_sqlite else location.url.render_as_string(hide_password=False)


def test_kill_9_during_an_erasure_leaves_the_person_whole(store_location: StoreLocation,
                                                         tmp_path: Path) -> None:
    with open_store(store_location) as store:
        case, dean, _ada = _case_with_people(store)
        with store.unit_of_work() as uow:
            trail_before = [(e.seq, e.record_title, e.changes, e.entry_hash)
                            for e in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    flag = tmp_path / "rewritten"
    child = subprocess.Popen([sys.executable, "-c", CHILD, _target(store_location), str(dean), str(flag)],
                             env={**os.environ, "PYTHONPATH": str(Path.cwd())}, cwd=Path.cwd())
    try:
        while not flag.exists() and child.poll() is None:
            time.sleep(0.05)
        assert flag.exists(), "the erasure ended before it reached the trail"
        assert int(flag.read_text()) > 0  # it had rewritten entries naming him when it was killed
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    with open_store(store_location) as store:
        with store.unit_of_work() as uow:
            person = uow.session.get(Person, dean)
            record = uow.session.get(ProblemCase, case)
            assert person is not None and person.family_name == "Foxley"
            assert record is not None and record.behaviour.startswith("Dean Foxley")
            trail_after = [(e.seq, e.record_title, e.changes, e.entry_hash)
                           for e in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
        assert trail_after == trail_before
        assert check_store(store).ok
