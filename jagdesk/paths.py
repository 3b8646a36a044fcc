"""Where JAGDesk keeps its files: the one place for paths, each with an environment override."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from jagdesk import APP_NAME

DATA_DIR_ENV = "JAGDESK_DATA_DIR"
SHARED_DATA_ENV = "JAGDESK_SHARED_DATA"
DEFAULT_DB_NAME = "jagdesk.db"


def data_dir() -> Path:
    """The folder for the default store and its backups (JAGDESK_DATA_DIR overrides)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The embedded SQLite store used when no --db or JAGDESK_DB is given."""
    return data_dir() / DEFAULT_DB_NAME


def backups_dir() -> Path:
    """Where automatic backups taken before upgrades and at start are kept."""
    return data_dir() / "backups"


def _source_root() -> Path:
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The demo data, fonts, templates and help guide shipped with the application: in the bundle,
    inside the installed package (a wheel carries them there), or at the top of a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return _source_root() / "resources"


def shared_data_dir() -> Path | None:
    """The public data beside the project (police.uk files, boundaries), if present."""
    override = os.environ.get(SHARED_DATA_ENV)
    candidates = [Path(override)] if override else []
    candidates.append(_source_root().parent / "shared" / "data")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None
