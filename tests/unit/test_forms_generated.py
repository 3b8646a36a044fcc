"""The modules compiled from the Qt Designer forms are those `python3 dev.py forms` makes now: each
.ui has its module, each module its .ui, and no .ui was changed without compiling it again."""

from __future__ import annotations

import os
import runpy
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
dev = SimpleNamespace(**runpy.run_path(str(ROOT / "dev.py")))  # its paths and compile_form
# The one line that changes with the PySide6 that compiled the module, not with the form.
VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def _uic() -> Path:
    name = "pyside6-uic.exe" if os.name == "nt" else "pyside6-uic"
    beside = Path(sys.executable).with_name(name)
    found = beside if beside.exists() else shutil.which(name)
    assert found, "pyside6-uic (installed with PySide6) is needed to check the compiled forms"
    return Path(found)


def _without_version(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith(VERSION_LINE)]


def test_every_form_has_its_module_and_every_module_its_form() -> None:
    forms = sorted(dev.FORMS.rglob("*.ui"))
    assert forms, "no Qt Designer forms found"
    modules = {path.relative_to(ROOT) for path in dev.GENERATED.rglob("ui_*.py")}
    expected = {dev.generated_path(ui).relative_to(ROOT) for ui in forms}
    assert sorted(expected - modules) == [], "forms not compiled: run python3 dev.py forms"
    assert sorted(modules - expected) == [], "modules whose form is gone: run python3 dev.py forms"


def test_every_module_is_compiled_from_its_form_as_it_is_now() -> None:
    uic = _uic()
    stale = [str(ui.relative_to(ROOT)) for ui in sorted(dev.FORMS.rglob("*.ui"))
             if dev.generated_path(ui).exists()
             and _without_version(dev.compile_form(ui, uic))
             != _without_version(dev.generated_path(ui).read_text(encoding="utf-8"))]
    assert stale == [], "forms changed since they were compiled: run python3 dev.py forms"
