"""A command loads what it uses and nothing else: `jagdesk list agencies` started as a real process
imports neither the demo, nor the documents' writers, nor Qt, nor the geometry libraries, nor the
bank holidays, nor any table's module but those it reads.

The process runs the command line as `python -m jagdesk` does, then writes the names of the modules
it holds (sys.modules) to a file: `-X importtime` would miss those imported by importlib."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jagdesk.cli.capabilities import COMMANDS, handler
from jagdesk.cli.parser import build_parser

UNUSED = ("jagdesk.services.demo", "reportlab", "docx", "docxtpl", "openpyxl", "PySide6", "numpy",
          "shapely", "pyproj")
RUNNER = """import json, sys
from jagdesk.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as names:
    json.dump(sorted(sys.modules), names)
raise SystemExit(code)
"""


def imported(folder: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The finished `jagdesk ARGV` and every module it had imported when the command ended."""
    names = folder / "modules.json"
    done = subprocess.run([sys.executable, "-c", RUNNER, str(names), *argv], capture_output=True,
                          text=True, env=dict(os.environ), stdin=subprocess.DEVNULL, timeout=120,
                          check=False)
    return done, set(json.loads(names.read_text(encoding="utf-8")))


def loaded(names: set[str], package: str) -> list[str]:
    return sorted(name for name in names if name == package or name.startswith(package + "."))


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> str:
    return str(shutil.copy(demo_template, tmp_path / "demo.db"))


def test_listing_agencies_imports_nothing_it_does_not_use(demo_db: str, tmp_path: Path) -> None:
    done, names = imported(tmp_path, "--db", demo_db, "list", "agencies")
    assert done.returncode == 0
    assert "Hertfordshire Constabulary" in done.stdout
    assert "jagdesk.services.reference.agencies" in names  # the record of imports is read right
    assert {package: loaded(names, package) for package in UNUSED} == {p: [] for p in UNUSED}
    # Only the agencies' service: no other feature's is loaded to list agencies.
    assert loaded(names, "jagdesk.services.meetings") == []
    assert loaded(names, "jagdesk.cli.admin") == loaded(names, "jagdesk.cli.meetings") == []
    # Only the tables it reads: not the audit trail's (nothing is written), nor the CCTV, ASB or
    # case review tables, nor the bank holidays the case reviews count with.
    assert loaded(names, "jagdesk.store.models") == [
        "jagdesk.store.models", "jagdesk.store.models.reference"]
    assert loaded(names, "holidays") == loaded(names, "dateutil") == []


@pytest.mark.parametrize("words", [["check"], ["stats", "--area", "partnership", "--from", "2026-01",
                                               "--to", "2026-03"]])
def test_checking_and_figures_load_no_demo_writer_or_qt(demo_db: str, words: list[str],
                                                        tmp_path: Path) -> None:
    done, names = imported(tmp_path, "--db", demo_db, *words)
    assert done.returncode == 0, done.stderr[-500:]
    assert {package: loaded(names, package) for package in UNUSED} == {p: [] for p in UNUSED}
    assert loaded(names, "holidays") == []


@pytest.mark.parametrize("words", [["check"], ["stats", "--area", "partnership", "--from", "2026-01",
                                               "--to", "2026-03"],
                                   ["yoy", "--area", "Borehamwood", "--from", "2026-01",
                                    "--to", "2026-03"]])
def test_checking_and_figures_read_with_plain_sql(demo_db: str, words: list[str],
                                                  tmp_path: Path) -> None:
    """Neither the ORM nor any table's class: counting and checking are plain SQL."""
    done, names = imported(tmp_path, "--db", demo_db, *words)
    assert done.returncode == 0, done.stderr[-500:]
    assert loaded(names, "sqlalchemy.orm") == []
    assert [name for name in loaded(names, "jagdesk.store.models") if name.count(".") == 3] == []


@pytest.mark.parametrize("command", [command.name for command in COMMANDS])
def test_every_command_has_its_arguments_and_its_handler(command: str) -> None:
    """What the table names is there: the functions adding the arguments, the one running it."""
    parser = build_parser([command])
    with pytest.raises(SystemExit) as shown:
        parser.parse_args([command, "--help"])
    assert shown.value.code == 0
    assert callable(handler(command))
