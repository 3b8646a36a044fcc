"""Printing rows of dataclasses as an aligned text table or as JSON."""

from __future__ import annotations

import dataclasses
import enum
import json
import re
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import PurePath
from typing import Any

# Line breaks and tabs inside a value: a table row stays on one line, so they print as one space.
_BREAKS = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]+")


def _json_default(value: Any) -> Any:
    if isinstance(value, uuid.UUID | PurePath | Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(value: Any) -> str:
    """Dataclasses (or lists of them, or dicts) as indented JSON."""
    if isinstance(value, Sequence) and not isinstance(value, str):
        value = [dataclasses.asdict(item)
                 if dataclasses.is_dataclass(item) and not isinstance(item, type) else item
                 for item in value]
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    return json.dumps(value, default=_json_default, ensure_ascii=False, indent=2)


def _cell(value: Any) -> str:
    if value is None:  # an empty field (no date of birth) prints as nothing, not "None"
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        value = value.value
    # A table is read by people, who write days as 02/12/2026; the JSON keeps ISO for programs.
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return _BREAKS.sub(" ", str(value))


def display_width(text: str) -> int:
    """The columns a terminal gives the text: wide (Chinese, most emoji) characters take two,
    combining marks and zero-width joiners none."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


# Words a heading writes in capitals ("URN", "LSOA"), and attributes headed by another name.
_CAPITALS = frozenset({"urn", "id", "jag", "lsoa", "ripa", "cctv", "pcc", "asb"})
_HEADINGS = {"type_title": "Type", "flags_text": "Flags", "ends_text": "Ends on",
             "review_text": "Next review on"}


def heading(name: str) -> str:
    """A column's heading from its attribute: "next_review_on" -> "Next review on", "urn" -> "URN"."""
    if name in _HEADINGS:
        return _HEADINGS[name]
    words = name.split("_")
    words = [w.upper() if w in _CAPITALS else w for w in words]
    text = " ".join(words)
    return text[0].upper() + text[1:] if text else text


def to_table(rows: Sequence[Any], columns: Sequence[str]) -> str:
    """An aligned text table of the named attributes, with a header; one line per row."""
    header = [heading(name) for name in columns]
    body = [[_cell(getattr(row, name)) for name in columns] for row in rows]
    widths = [max(display_width(cell) for cell in column)
              for column in zip(header, *body, strict=False)]
    lines = ["  ".join(cell + " " * (width - display_width(cell))
                       for cell, width in zip(line, widths, strict=True)).rstrip()
             for line in [header, *body]]
    return "\n".join(lines)
