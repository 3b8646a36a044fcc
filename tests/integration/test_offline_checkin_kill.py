"""A check-in killed with SIGKILL half way (the laptop's trail added and the first records written
to the server in its transaction) leaves the server exactly as it was, on both engines; run again,
it checks everything in."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.offline.checkin import check_in
from jagdesk.store.location import StoreLocation
from jagdesk.store.opening import open_store
from tests.conftest import REPO_ROOT, all_rows
from tests.support.checkin_story import (
    contents,
    expected_after,
    open_laptop,
    take_out_borehamwood,
    work_on_both_sides,
)
from tests.support.stores import PASSPHRASE

# The child checks the laptop in, keeping the laptop's side of every conflict; once the first
# records are written in its transaction it notes how many in a file and kills itself.
CHILD = """
import os, signal, sys
from pathlib import Path
import jagdesk.services.offline.checkin as checkin
from jagdesk.services.offline.types import Resolution, Side
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.opening import open_store

target, laptop_file, flag, passphrase = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
original = checkin.apply

def apply_then_die(session, differences, resolutions, progress=None):
    def written(what, done):
        if done > 0:
            flag.write_text(f"{what}: {done}")
            os.kill(os.getpid(), signal.SIGKILL)
    return original(session, differences, resolutions, written)

checkin.apply = apply_then_die
location = sqlite_location(Path(target)) if target.endswith(".db") else resolve_location(target)
with open_store(location) as server, \\
        open_store(sqlite_location(laptop_file), passphrase, create=False, backup_keep=0) as laptop:
    plan = checkin.plan_checkin(server, laptop)
    checkin.check_in(server, laptop, {c.key: Resolution(Side.LAPTOP) for c in plan.conflicts})
"""


def _target(location: StoreLocation) -> str:
    return str(location.path) if location.is_sqlite else location.url.render_as_string(hide_password=False)


def test_kill_9_during_a_check_in_leaves_the_server_as_it_was_and_it_can_be_run_again(
        demo_location: StoreLocation, tmp_path: Path) -> None:
    with open_store(demo_location, backup_keep=0) as server:
        file = take_out_borehamwood(server, tmp_path)
        with open_laptop(file) as laptop:
            story = work_on_both_sides(server, laptop, file)
            expected = expected_after(contents(server), laptop, story)
        before = all_rows(server)
    flag = tmp_path / "written"
    child = subprocess.run([sys.executable, "-c", CHILD, _target(demo_location), str(file), str(flag),
                            PASSPHRASE], env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
                           cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert flag.read_text().startswith("Adding ")  # it had written records when it died
    with open_store(demo_location, backup_keep=0) as server:
        assert all_rows(server) == before
        assert check_store(server).ok
        with open_laptop(file) as laptop:
            check_in(server, laptop, story.resolutions)
        assert contents(server) == expected
        assert check_store(server).ok
