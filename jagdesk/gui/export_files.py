"""What every export shares: a clean file name suggested in the folder of the last export, a
refusal or a disk error told in one sentence, that folder remembered, and the file offered to open
once written."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from jagdesk.domain.common.marking import Marking
from jagdesk.errors import JagdeskError
from jagdesk.gui import prompts, settings
from jagdesk.gui.operations import call
from jagdesk.services.common.access import record_export
from jagdesk.store.opening import Store

# Characters Windows refuses in a file name, and control characters.
REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# Names Windows keeps for devices, whatever the extension.
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                      *(f"LPT{n}" for n in range(1, 10))})
LONGEST = 150  # characters of the name before the extension: room for a deep folder

T = TypeVar("T")


def clean_name(name: str, fallback: str = "export") -> str:
    """A file name Windows, macOS and Linux all take: "Hertsmere JAG, 10/12" becomes
    "Hertsmere JAG 10-12"; no trailing dots or spaces, no device names."""
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    stem = stem.replace("/", "-").replace("\\", "-")
    stem = REFUSED.sub("", stem).replace(",", "")
    stem = " ".join(stem.split()).strip(" .")[:LONGEST].strip(" .")
    if not stem or stem.split(".")[0].upper() in RESERVED:
        stem = f"{fallback} {stem}".strip() if stem else fallback
    suffix = REFUSED.sub("", suffix).strip()
    return f"{stem}{dot}{suffix}" if suffix else stem


def suggested(name: str) -> Path:
    """Where to suggest writing `name`: cleaned, in the folder of the last export."""
    return settings.export_folder() / clean_name(name)


def attempt_writing(parent: QWidget | None, target: Path, write: Callable[[], T]) -> T | None:
    """Run `write`, which writes `target` and returns what the caller needs next; on a refusal or a
    disk error tell the user why in one sentence and return None."""
    try:
        return write()
    except JagdeskError as exc:
        prompts.show_error(parent, str(exc))
    except OSError as exc:
        prompts.show_error(parent, f"Could not write {target}: {exc.strerror or exc}.")
    return None


def written(parent: QWidget | None, path: Path, what: str) -> None:
    """After an export: remember its folder and offer to open the file."""
    settings.remember_export_folder(path)
    if prompts.offer_open(parent, f"Wrote {what} to {path}."):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def log_export(store: Store, document: str, path: Path, marking: str = Marking.OFFICIAL.value,
               public: bool = False) -> None:
    """Record in the access log an export a page writes itself (a chart, the map, a statistics
    table), as the services record theirs."""
    call(store, lambda uow: record_export(uow, document, marking, public, path))
