"""The GUI's remembered state (window geometry, splitters, the last export folder): the one place
QSettings is used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from jagdesk import APP_NAME, paths


def _settings() -> QSettings:
    # An INI file in the data folder, so JAGDESK_DATA_DIR keeps tests and demos apart from real use.
    return QSettings(str(paths.data_dir() / "gui.ini"), QSettings.Format.IniFormat)


def load_bytes(key: str) -> QByteArray | None:
    """A saved geometry or state, if there is one."""
    value = _settings().value(key)
    return value if isinstance(value, QByteArray) else None


def save_bytes(key: str, value: QByteArray) -> None:
    """Remember a geometry or state for the next start."""
    settings = _settings()
    settings.setValue(key, value)
    settings.sync()


ORGANISATION = APP_NAME


def load_text(key: str) -> str:
    """A remembered choice (a folder, a name), "" if there is none."""
    value = _settings().value(key)
    return value if isinstance(value, str) else ""


def save_text(key: str, value: str) -> None:
    """Remember a choice for the next time and the next start."""
    settings = _settings()
    settings.setValue(key, value)
    settings.sync()


EXPORT_FOLDER = "exports/folder"


def export_folder() -> Path:
    """Where the last export was written (else the home folder): the next is suggested there."""
    folder = Path(load_text(EXPORT_FOLDER)) if load_text(EXPORT_FOLDER) else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_export_folder(written: Path) -> None:
    save_text(EXPORT_FOLDER, str(written.parent))


LOCK_MINUTES = "lock/minutes"
DEFAULT_LOCK_MINUTES = 10


def lock_minutes() -> int:
    """Minutes without a key or the mouse before the window locks (10 unless set; 0: never)."""
    text = load_text(LOCK_MINUTES)
    return int(text) if text.isdigit() else DEFAULT_LOCK_MINUTES


def set_lock_minutes(minutes: int) -> None:
    save_text(LOCK_MINUTES, str(max(0, minutes)))
