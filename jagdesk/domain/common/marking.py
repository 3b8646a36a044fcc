"""The protective markings (Government Security Classifications) that a partnership's papers and
screens carry."""

from __future__ import annotations

from enum import StrEnum


class Marking(StrEnum):
    """Government Security Classification markings a partnership's papers carry."""

    OFFICIAL = "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"
