"""Boundary GeoJSON (ONS/OS): the code and name of each area, found by property-name pattern."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jagdesk.domain.common.validation import control_character
from jagdesk.errors import JagdeskError

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

# ONS names its properties by kind and vintage: WD13CD/WD13NM, WD23CD, LSOA11CD/LSOA11NM...
CODE_PROPERTY = re.compile(r"^(WD|LSOA|MSOA|LAD|CTY|PAR)\d{2}CD$", re.IGNORECASE)
NAME_PROPERTY = re.compile(r"^(WD|LSOA|MSOA|LAD|CTY|PAR)\d{2}NM$", re.IGNORECASE)
# A ward file often also carries its district's code (LAD23CD): the finest kind names the file.
FINEST_FIRST = ("LSOA", "WD", "PAR", "MSOA", "LAD", "CTY")
KIND_OF_PREFIX = {"WD": "ward", "LSOA": "lsoa"}
# ONS code prefixes when the property names say nothing: wards and LSOAs of the four nations.
KIND_OF_CODE = {"E05": "ward", "W05": "ward", "S13": "ward", "N08": "ward",
                "E01": "lsoa", "W01": "lsoa"}
BNG_EPSG = 27700


@dataclass(frozen=True)
class Area:
    """One boundary feature: its ONS code, its name, and its GeoJSON geometry."""

    code: str
    name: str
    geometry: dict[str, Any]


@dataclass(frozen=True)
class Boundary:
    """One area ready to store: code, name, lon/lat GeoJSON geometry text and bounding box."""

    code: str
    name: str
    geojson: str
    bounds: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat


@dataclass(frozen=True)
class BoundaryFile:
    """A boundary file's areas, with the kind ("ward", "lsoa" or None) its codes name."""

    kind: str | None
    code_property: str
    name_property: str
    boundaries: list[Boundary]
    from_national_grid: bool


def _prefix(key: str) -> str:
    match = CODE_PROPERTY.match(key) or NAME_PROPERTY.match(key)
    return match.group(1).upper() if match else ""


def _pick_code(properties: dict[str, Any]) -> str | None:
    found = [key for key in properties if CODE_PROPERTY.match(key)]
    found.sort(key=lambda key: FINEST_FIRST.index(_prefix(key)))
    return found[0] if found else None


def _pick_name(properties: dict[str, Any], code_key: str | None) -> str | None:
    if code_key and CODE_PROPERTY.match(code_key):
        paired = code_key[:-2] + ("NM" if code_key[-2:].isupper() else "nm")
        if paired in properties:
            return paired
    prefix = _prefix(code_key) if code_key else ""
    names = [key for key in properties if NAME_PROPERTY.match(key)]
    return next((key for key in names if _prefix(key) == prefix), names[0] if names else None)


def _file_bytes(path: Path) -> bytes:
    """The file's bytes, or why it cannot be read as one sentence."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise JagdeskError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise JagdeskError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise JagdeskError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def _features(path: Path) -> tuple[dict[str, Any], list[Any]]:
    raw = _file_bytes(path)
    try:
        # From bytes, json finds the encoding as the JSON standard says: UTF-8 (with or without a
        # byte order mark), or UTF-16/UTF-32 as some Windows programs save it.
        data = json.loads(raw)
        features = data["features"]
        if not isinstance(features, list):
            raise TypeError
    except RecursionError:
        raise JagdeskError(f"{path.name} is not a GeoJSON FeatureCollection: it is nested too "
                           "deeply to read.") from None
    except (ValueError, KeyError, TypeError):
        raise JagdeskError(f"{path} is not a GeoJSON FeatureCollection.") from None
    return data, features


def _text(value: Any, number: int, key: str, file_name: str) -> str:
    """A code or name property's value as text; refused if it is no text or holds control codes."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise JagdeskError(f"Feature {number} of {file_name} cannot be imported: its {key} is "
                           "not text.")
    text = str(value).strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which JSON allows and no database stores
        raise JagdeskError(f"Feature {number} of {file_name} cannot be imported: its {key} is "
                           "not valid Unicode text.") from None
    found = control_character(text)
    if found:
        raise JagdeskError(f"Feature {number} of {file_name} cannot be imported: its {key} holds "
                           f"a control character ({found}).")
    return text


def _read(path: Path, code_property: str | None, name_property: str | None
          ) -> tuple[dict[str, Any], list[Area], str, str]:
    data, features = _features(path)
    areas: list[Area] = []
    used = ("", "")
    for number, feature in enumerate(features, start=1):
        properties = (feature.get("properties") if isinstance(feature, dict) else None) or {}
        if not isinstance(properties, dict):
            raise JagdeskError(f"Feature {number} of {path.name} cannot be imported: its "
                               "properties are not a set of names and values.")
        code_key = code_property or _pick_code(properties)
        name_key = name_property or _pick_name(properties, code_key)
        if not code_key or not name_key or code_key not in properties or name_key not in properties:
            raise JagdeskError(
                f"Feature {number} of {path.name} has no area code and name properties "
                "(such as WD13CD and WD13NM); choose them by name."
            )
        used = used if used[0] else (code_key, name_key)
        areas.append(Area(_text(properties[code_key], number, code_key, path.name),
                          _text(properties[name_key], number, name_key, path.name),
                          feature.get("geometry") or {}))
    return data, areas, used[0], used[1]


def read_areas(path: Path, code_property: str | None = None,
               name_property: str | None = None) -> list[Area]:
    """Every feature of a FeatureCollection; the code/name properties found by pattern if not given."""
    return _read(path, code_property, name_property)[1]


def _kind(code_property: str, areas: list[Area]) -> str | None:
    kind = KIND_OF_PREFIX.get(_prefix(code_property))
    if kind is None and _prefix(code_property) == "":
        kinds = {KIND_OF_CODE.get(area.code[:3].upper()) for area in areas}
        kind = kinds.pop() if len(kinds) == 1 else None
    return kind


def _names_national_grid(data: dict[str, Any]) -> bool:
    crs = json.dumps(data.get("crs") or {})
    return str(BNG_EPSG) in crs


def _to_lon_lat(shapes: list[BaseGeometry]) -> list[BaseGeometry]:
    import shapely
    from pyproj import Transformer  # loaded only for the rare projected file

    transformer = Transformer.from_crs(BNG_EPSG, 4326, always_xy=True)
    return [shapely.transform(item, lambda xy: _transform(transformer, xy)) for item in shapes]


def _transform(transformer: Any, xy: Any) -> Any:
    import numpy as np

    lon, lat = transformer.transform(xy[:, 0], xy[:, 1])
    return np.column_stack((lon, lat))


def _looks_national_grid(bounds: tuple[float, float, float, float]) -> bool:
    # Eastings 0-700 km and northings 0-1300 km: far outside any longitude/latitude.
    return bounds[0] >= 0 and bounds[1] >= 0 and bounds[2] <= 700_000 and bounds[3] <= 1_300_000 \
        and max(bounds[2], bounds[3]) > 1000


def read_boundaries(path: Path, code_property: str | None = None,
                    name_property: str | None = None) -> BoundaryFile:
    """Every area of a boundary file with a checked polygon in lon/lat; refused whole if any is bad.

    Files in British National Grid eastings/northings (EPSG:27700) are converted to lon/lat.
    """
    try:
        return _boundaries(path, code_property, name_property)
    except RecursionError:
        # Nested just shallowly enough to be parsed, too deeply to be written out or drawn.
        raise JagdeskError(f"{path.name} is not a GeoJSON FeatureCollection: it is nested too "
                           "deeply to read.") from None


def _boundaries(path: Path, code_property: str | None, name_property: str | None
                ) -> BoundaryFile:
    # shapely (and numpy) load here, not at start-up: the demo and the app import this module.
    import shapely
    from shapely.geometry import mapping

    from jagdesk.domain.places.geo import area_shape, in_british_isles

    data, areas, code_key, name_key = _read(path, code_property, name_property)
    if not areas:
        raise JagdeskError(f"{path.name} holds no boundaries.")
    shapes: list[BaseGeometry] = []
    for number, area in enumerate(areas, start=1):
        try:
            shapes.append(area_shape(area.geometry))
        except ValueError as exc:
            raise JagdeskError(
                f"Feature {number} of {path.name} ({area.code}) has no usable boundary: {exc}."
            ) from None
    total = shapely.total_bounds(shapes)
    bounds = (float(total[0]), float(total[1]), float(total[2]), float(total[3]))
    national_grid = _names_national_grid(data) or _looks_national_grid(bounds)
    if national_grid:
        shapes = _to_lon_lat(shapes)
    boundaries: list[Boundary] = []
    for area, item in zip(areas, shapes, strict=True):
        lon0, lat0, lon1, lat1 = (float(v) for v in item.bounds)
        if not (in_british_isles(lon0, lat0) and in_british_isles(lon1, lat1)):
            raise JagdeskError(
                f"The boundary of {area.code} in {path.name} is not in the United Kingdom: "
                "JAGDesk needs longitude/latitude or British National Grid coordinates."
            )
        geometry = mapping(item) if national_grid else area.geometry
        boundaries.append(Boundary(area.code, area.name, json.dumps(geometry, separators=(",", ":")),
                                   (lon0, lat0, lon1, lat1)))
    return BoundaryFile(_kind(code_key, areas), code_key, name_key, boundaries, national_grid)
