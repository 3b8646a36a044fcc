"""Importing a camera list (CSV or .xlsx): columns found by name, longitude/latitude or
easting/northing, a re-import updating cameras by ID. A bad file is refused whole with one
sentence naming the line: nothing of it is imported."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jagdesk.domain.cctv.cameras import RETENTION_DAYS, CameraKind, kind_of, lon_lat, on_the_grid
from jagdesk.errors import JagdeskError
from jagdesk.importers.spreadsheet import Sheet, find_columns, key, read_sheet
from jagdesk.services.cctv.cameras import CameraInput, apply_camera, camera_by_code, camera_errors
from jagdesk.store.models import Camera
from jagdesk.store.uow import UnitOfWork

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "Camera ID", "Camera", "Camera no", "Camera number", "Ref", "Reference"),
    "name": ("Name", "Location", "Site", "Description", "Address"),
    "longitude": ("Longitude", "Lon", "Long", "Lng"),
    "latitude": ("Latitude", "Lat"),
    "easting": ("Easting", "Eastings", "X"),
    "northing": ("Northing", "Northings", "Y"),
    "area": ("Area", "Ward", "Town", "Locality"),
    "kind": ("Kind", "Type", "Camera type", "Category"),
    "asset tag": ("Asset tag", "Asset", "Asset no"),
    "owner": ("Owner", "Owner agency", "Agency"),
    "make": ("Make", "Model", "Manufacturer"),
    "retention": ("Retention days", "Retention", "Footage kept days"),
}
POLICE_UK = {key(name) for name in ("Crime ID", "Falls within", "LSOA code", "Crime type")}


@dataclass(frozen=True)
class CameraImport:
    file_name: str
    added: int
    updated: int

    def sentence(self) -> str:
        return f"{self.file_name}: {self.added} cameras added, {self.updated} updated."


def _number(text: str, what: str, line: int) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        raise JagdeskError(f"Line {line}: the {what} '{text}' is not a number; nothing was "
                           "imported.") from None


def _point(cells: Mapping[str, str], line: int, grid: bool) -> tuple[float, float]:
    """(longitude, latitude) of a row, or the sentence refusing the file."""
    if grid:
        east, north = cells.get("easting", ""), cells.get("northing", "")
        if not east or not north:
            raise JagdeskError(f"Line {line} has no easting or northing; nothing was imported.")
        e, n = _number(east, "easting", line), _number(north, "northing", line)
        if not on_the_grid(e, n):
            raise JagdeskError(f"Line {line}: easting {east}, northing {north} is outside Great "
                               "Britain; nothing was imported.")
        from jagdesk.domain.places.bng import from_bng  # pyproj: loaded only for grid files

        lat, lon = from_bng(e, n)
        return round(lon, 6), round(lat, 6)
    lon_text, lat_text = cells.get("longitude", ""), cells.get("latitude", "")
    if not lon_text or not lat_text:
        raise JagdeskError(f"Line {line} has no longitude or latitude; nothing was imported.")
    found = lon_lat(_number(lon_text, "longitude", line), _number(lat_text, "latitude", line))
    if found is None:
        raise JagdeskError(f"Line {line}: longitude {lon_text}, latitude {lat_text} is outside "
                           "Great Britain; nothing was imported.")
    # Spreadsheet float artefacts (-2.2880219999999998) kept to a tenth of a metre.
    return round(found[0], 6), round(found[1], 6)


def _inputs(sheet: Sheet, named: Mapping[str, str]) -> list[CameraInput]:
    if {key(heading) for heading in sheet.header} >= POLICE_UK:
        raise JagdeskError(f"{sheet.name} is a police.uk crime file, not a camera list; nothing "
                           "was imported.")
    columns = find_columns(sheet, COLUMNS, named)
    if "id" not in columns:
        raise JagdeskError(f"{sheet.name} has no camera ID column (name it with --columns "
                           "\"id=HEADING\"); nothing was imported.")
    grid = "longitude" not in columns or "latitude" not in columns
    if grid and ("easting" not in columns or "northing" not in columns):
        raise JagdeskError(f"{sheet.name} has no coordinates: it needs longitude and latitude, or "
                           "easting and northing columns; nothing was imported.")
    seen: dict[str, int] = {}
    found: list[CameraInput] = []
    for line, values in sheet.rows:
        cells = {name: values[i].strip() if i < len(values) else "" for name, i in columns.items()}
        code = cells["id"]
        if not code:
            raise JagdeskError(f"Line {line} has no camera ID; nothing was imported.")
        if code.lower() in seen:
            raise JagdeskError(f"Line {line}: camera ID {code} is also on line {seen[code.lower()]};"
                               " nothing was imported.")
        seen[code.lower()] = line
        lon, lat = _point(cells, line, grid)
        retention = cells.get("retention", "")
        data = CameraInput(
            code=code, name=cells.get("name", ""),
            kind=(kind_of(cells.get("kind", "")) or CameraKind.FIXED).value,
            asset_tag=cells.get("asset tag", ""), owner_agency=cells.get("owner", ""),
            make=cells.get("make", ""), camera_type=cells.get("kind", ""),
            place=cells.get("name", ""), area=cells.get("area", ""), longitude=lon, latitude=lat,
            retention_days=int(_number(retention, "retention", line)) if retention else RETENTION_DAYS)
        errors = camera_errors(data)
        if errors:
            raise JagdeskError(f"Line {line}: {next(iter(errors.values()))} Nothing was imported.")
        found.append(data)
    return found


def import_cameras(uow: UnitOfWork, path: Path, named: Mapping[str, str] | None = None) -> CameraImport:
    """Add the file's cameras, updating those whose ID is in the register already; commits."""
    sheet = read_sheet(path)
    inputs = _inputs(sheet, named or {})
    added = updated = 0
    for data in inputs:
        camera = camera_by_code(uow, data.code)
        if camera is None:
            camera = Camera()
            uow.session.add(camera)
            added += 1
        else:
            updated += 1
            data = CameraInput(**{**data.__dict__, "state": camera.state})
        apply_camera(camera, data)
    uow.commit()
    return CameraImport(sheet.name, added, updated)
