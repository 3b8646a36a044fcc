"""The modules compiled from the Qt Designer forms are those `python3 dev.py forms` makes now: each
.ui has its module, each module its .ui, and no .ui was changed without compiling it again; and every
dialog that is a layout of fields is laid out by its form, not built in code."""

from __future__ import annotations

import importlib
import os
import runpy
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import jagdesk

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


# The dialogs in gui/dialogs laid out in code, each with why it is not a form. A new dialog of labelled
# fields starts as a form (ARCHITECTURE.md, Forms): add a dialog here only if it is none.
CODE_BUILT = {
    # The base of the record dialogs: it lays out the form it is given.
    "common.record_dialog.RecordDialog",
    # A checkbox for each of the criteria the partnership has set down, read from the store.
    "cctv.criteria_dialog.CriteriaDialog",
    # The CCTV lists: a tab for each list (officers, offences, criteria), each a table of records.
    "cctv.lists_dialog.ListsDialog",
    # The agenda builder's proposals, a checked row for each, computed from the data.
    "meetings.build_agenda_dialog.BuildAgendaDialog",
    # Its fields are MeetingFields, the widget the meeting's Details tab is built from too.
    "meetings.new_meeting_dialog.NewMeetingDialog",
    # The public pack's check: lists of what is withheld and of possible names, from the pack.
    "meetings.pack.public_review_dialog.PublicReviewDialog",
    # A table of the people on the register who may be the person being entered.
    "people.duplicates_dialog.DuplicatesDialog",
    # The two people side by side, a row for each field they hold, to choose the one to keep.
    "people.merge_dialog.MergeDialog",
}


def _dialogs() -> dict[str, type]:
    """Every QDialog class defined in gui/dialogs, by its module (less `jagdesk.gui.dialogs.`) and name."""
    from PySide6.QtWidgets import QDialog

    folder = Path(jagdesk.__file__).parent / "gui" / "dialogs"
    found: dict[str, type] = {}
    for path in sorted(folder.rglob("*.py")):
        relative = ".".join(path.relative_to(folder).with_suffix("").parts)
        name = f"jagdesk.gui.dialogs.{relative}"
        for cls in vars(importlib.import_module(name)).values():
            if isinstance(cls, type) and cls.__module__ == name and issubclass(cls, QDialog):
                found[f"{relative}.{cls.__name__}"] = cls
    return found


def _own_form(cls: type) -> bool:
    """Whether the dialog, or a dialog it extends, loads the form named as its module is: the module
    gui/dialogs/<feature>/<name>.py uses Ui_* from gui/forms/<feature>/ui_<name>.py."""
    for klass in cls.__mro__:
        module = klass.__module__
        if not module.startswith("jagdesk.gui.dialogs."):
            continue
        feature, _dot, name = module.removeprefix("jagdesk.gui.dialogs.").rpartition(".")
        form = f"jagdesk.gui.forms.{feature}.ui_{name}"
        if any(isinstance(value, type) and value.__module__ == form and value.__name__.startswith("Ui_")
               for value in vars(importlib.import_module(module)).values()):
            return True
    return False


def test_every_field_dialog_is_laid_out_by_its_form() -> None:
    dialogs = _dialogs()
    built_in_code = sorted(name for name, cls in dialogs.items()
                           if name not in CODE_BUILT and not _own_form(cls))
    assert built_in_code == [], "lay these dialogs out in forms/<feature>/<name>.ui (dev.py forms)"
    # The list stays true: each dialog in it is there, and is still built in code.
    assert sorted(CODE_BUILT - dialogs.keys()) == [], "dialogs listed in CODE_BUILT that are gone"
    assert sorted(name for name in CODE_BUILT if _own_form(dialogs[name])) == [], \
        "dialogs in CODE_BUILT now laid out by a form: take them off the list"
