"""The GUI's remembered state (window geometry, splitters): the one place QSettings is used."""

from __future__ import annotations

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
