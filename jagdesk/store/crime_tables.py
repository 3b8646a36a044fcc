"""The columns crime figures read, as plain SQL tables: counting crimes by month, type and area
needs neither the ORM nor the classes of the tables, which together cost a command such as
`jagdesk stats` more than the count itself. The models declare these tables; a test checks that
every column here is theirs, of the same type.

Figures are read through `Reads`: a Connection (a command) or a Session (the window's unit of
work, inside its transaction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy import Boolean, Connection, Float, Integer, String, Text, Uuid, column, table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Reads: TypeAlias = "Connection | Session"

crime = table(
    "crime",
    column("month", String), column("crime_type", String), column("ward_id", Uuid),
    column("outside", Boolean), column("latitude", Float), column("longitude", Float),
)
crime_file = table("crime_file", column("month", String), column("source", String))
ward = table("ward", column("id", Uuid), column("name", String), column("code", String),
             column("locality_id", Uuid))
locality = table("locality", column("id", Uuid), column("name", String))
hotspot = table(
    "hotspot",
    column("id", Uuid), column("name", String), column("latitude", Float),
    column("longitude", Float), column("radius_m", Integer), column("area", Text),
)

TABLES = (crime, crime_file, ward, locality, hotspot)
