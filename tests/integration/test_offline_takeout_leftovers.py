"""What a take-out killed half way left beside its target (a passing `.NAME.<hex>.partial`, an
encrypted copy of OFFICIAL-SENSITIVE records) is wiped by the next take-out to that name, unless
another take-out is writing it at that moment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from jagdesk.services.offline.takeout import take_out
from jagdesk.services.offline.types import TakeoutRequest
from jagdesk.store.file_lock import StoreFileLock
from jagdesk.store.opening import Store

PASSPHRASE = "correct horse battery"
HOLDER = """import sys
from pathlib import Path
from jagdesk.store.file_lock import StoreFileLock
lock = StoreFileLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
sys.stdin.read()
lock.release()
"""


def _leftover(folder: Path, token: str, target: str = "hall.db") -> Path:
    """A passing file as a killed take-out leaves it: the file, its -wal, its lock file."""
    partial = folder / f".{target}.{token}.partial"
    partial.write_bytes(os.urandom(64 * 1024))
    Path(f"{partial}-wal").write_bytes(os.urandom(4096))
    StoreFileLock(partial).path.touch()
    return partial


def test_the_next_take_out_wipes_what_a_killed_one_left(demo_store: Store, tmp_path: Path) -> None:
    _leftover(tmp_path, "0123456789ab")
    _leftover(tmp_path, "ba9876543210")
    _leftover(tmp_path, "0a1b2c3d4e5f", target="other.db")
    take_out(demo_store, TakeoutRequest("Shenley", tmp_path / "hall.db", PASSPHRASE))
    names = sorted(name for name in os.listdir(tmp_path) if "partial" in name)
    assert names == [".other.db.0a1b2c3d4e5f.partial", ".other.db.0a1b2c3d4e5f.partial-wal",
                     ".other.db.0a1b2c3d4e5f.partial.lock"]  # another target's: not this one's
    assert (tmp_path / "hall.db").is_file()


def test_a_passing_file_being_written_is_left_alone(demo_store: Store, tmp_path: Path) -> None:
    partial = _leftover(tmp_path, "0123456789ab")
    contents = partial.read_bytes()
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(partial)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        take_out(demo_store, TakeoutRequest("Shenley", tmp_path / "hall.db", PASSPHRASE))
        assert holder.communicate("", timeout=30)[0] == ""
    assert partial.read_bytes() == contents
    assert (tmp_path / "hall.db").is_file()
