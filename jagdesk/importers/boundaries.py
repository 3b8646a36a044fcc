"""Boundary GeoJSON (ONS/OS): the code and name of each area, found by property-name pattern."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jagdesk.errors import JagdeskError

# ONS names its properties by kind and vintage: WD13CD/WD13NM, WD23CD, LSOA11CD/LSOA11NM...
CODE_PROPERTY = re.compile(r"^(WD|LSOA|MSOA|LAD|CTY|PAR)\d{2}CD$", re.IGNORECASE)
NAME_PROPERTY = re.compile(r"^(WD|LSOA|MSOA|LAD|CTY|PAR)\d{2}NM$", re.IGNORECASE)


@dataclass(frozen=True)
class Area:
    """One boundary feature: its ONS code, its name, and its GeoJSON geometry."""

    code: str
    name: str
    geometry: dict[str, Any]


def _pick(properties: dict[str, Any], pattern: re.Pattern[str]) -> str | None:
    return next((key for key in properties if pattern.match(key)), None)


def read_areas(path: Path, code_property: str | None = None,
               name_property: str | None = None) -> list[Area]:
    """Every feature of a FeatureCollection; the code/name properties found by pattern if not given."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        features = data["features"]
    except (OSError, ValueError, KeyError, TypeError):
        raise JagdeskError(f"{path} is not a GeoJSON FeatureCollection.") from None
    areas: list[Area] = []
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") or {}
        code_key = code_property or _pick(properties, CODE_PROPERTY)
        name_key = name_property or _pick(properties, NAME_PROPERTY)
        if not code_key or not name_key or code_key not in properties or name_key not in properties:
            raise JagdeskError(
                f"Feature {number} of {path.name} has no area code and name properties "
                "(such as WD13CD and WD13NM); choose them by name."
            )
        areas.append(Area(str(properties[code_key]), str(properties[name_key]),
                          feature.get("geometry") or {}))
    return areas
