"""Printing rows of dataclasses as an aligned text table or as JSON."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any


def _json_default(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
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
    return str(value)


def to_table(rows: Sequence[Any], columns: Sequence[str]) -> str:
    """An aligned text table of the named attributes, with a header."""
    header = [name.replace("_", " ").replace("type title", "type").capitalize() for name in columns]
    body = [[_cell(getattr(row, name)) for name in columns] for row in rows]
    widths = [max(len(cell) for cell in column) for column in zip(header, *body, strict=False)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
             for line in [header, *body]]
    return "\n".join(lines)
