"""The shipped fonts reach Qt, so that non-Latin names show on any machine."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetrics

from jagdesk.gui.fonts import register_shipped_fonts


def test_every_shipped_family_is_registered(qapp: Any) -> None:
    families = register_shipped_fonts()
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans Gurmukhi", "Droid Sans Fallback",
            "Symbola"} <= set(families)


def test_the_shipped_fonts_carry_polish_arabic_punjabi_chinese_and_emoji(
        qapp: Any, shipped_fonts: list[str]) -> None:
    samples = {"Noto Sans": "Łódź Brzęczyszczykiewicz", "Noto Sans Arabic": "محمد علي",
               "Noto Sans Gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "Droid Sans Fallback": "王秀英 社区安全",
               "Symbola": "😀🏠"}
    for family, text in samples.items():
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace()), family
