"""The fonts shipped in resources/fonts, made known to Qt so that names in Arabic, Punjabi and
Polish, and emoji, show on screen the same on every machine (a council PC may lack them)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from jagdesk.paths import resources_dir


def register_shipped_fonts() -> list[str]:
    """Add every shipped font to the application's font database; the families added."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:  # an unreadable file is skipped: Qt falls back to the system's fonts
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
