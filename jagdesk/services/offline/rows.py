"""A record's fields in one JSON-able form on both engines, so that a record as taken out, as the
laptop has it and as the server has it can be compared field by field."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

# Fields every record carries that say who saved it and when, not what it says: compared apart.
BOOKKEEPING = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by", "version"})

Json = str | int | float | bool | None


def field_value(value: Any) -> Json:
    """One field in its comparable form: ids as 32 hex digits, dates and times in ISO form."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def row_values(table: Table, row: Mapping[str, Any]) -> dict[str, Json]:
    """Every column of a row of `table`, in comparable form."""
    return {column.name: field_value(row[column.name]) for column in table.columns}


def row_text(table: Table, row: Mapping[str, Any]) -> str:
    """The row as the JSON text a take-out file keeps of its records as taken out."""
    return json.dumps(row_values(table, row), sort_keys=True, ensure_ascii=False)


def differing_fields(first: Mapping[str, Json], second: Mapping[str, Json]) -> list[str]:
    """The fields (bookkeeping apart) whose values differ between two forms of one record."""
    return [name for name in first if name not in BOOKKEEPING and first.get(name) != second.get(name)]
