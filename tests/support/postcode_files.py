"""Small made-up postcode files in the two published layouts, with points in and around the real
Hertsmere wards (worked out here with shapely and pyproj, not by the code under test)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
from pyproj import Transformer

from jagdesk.importers.boundaries import read_areas

WARDS_FILE = "geo/hertsmere-wards-2013.geojson"
SHENLEY_ROAD = (-0.2693, 51.6557)  # Borehamwood's high street
DARKES_LANE = (-0.1925, 51.6980)  # Potters Bar
WHITEHALL = (-0.1416, 51.5010)  # far outside Hertsmere
ONSPD_HEADER = ("pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,"
                "osnrth1m,osgrdind,lat,long")


@dataclass(frozen=True)
class Around:
    """Points about the wards: just beyond their eastern edge (inside the 500 m margin), and
    well beyond it; each as (lon, lat) and as (easting, northing)."""

    near: tuple[float, float]
    far: tuple[float, float]
    near_grid: tuple[float, float]
    far_grid: tuple[float, float]


def ward_of(shared_data: Path, lon: float, lat: float) -> str | None:
    """The Hertsmere ward a point is in, read straight from the boundary file."""
    for area in read_areas(shared_data / WARDS_FILE):
        if shapely.from_geojson(json.dumps(area.geometry)).covers(shapely.Point(lon, lat)):
            return area.name
    return None


def around(shared_data: Path) -> Around:
    to_grid = Transformer.from_crs(4326, 27700, always_xy=True)
    to_lon_lat = Transformer.from_crs(27700, 4326, always_xy=True)
    shapes = [shapely.from_geojson(json.dumps(a.geometry)) for a in read_areas(shared_data / WARDS_FILE)]
    whole = shapely.transform(shapely.union_all(shapes), lambda xy: _grid(to_grid, xy))
    east = max(whole.exterior.coords if whole.geom_type == "Polygon" else
               (c for part in whole.geoms for c in part.exterior.coords), key=lambda c: c[0])
    near_grid = (east[0] + 200.0, east[1])
    far_grid = (east[0] + 3000.0, east[1])
    near = to_lon_lat.transform(*near_grid)
    far = to_lon_lat.transform(*far_grid)
    return Around((float(near[0]), float(near[1])), (float(far[0]), float(far[1])), near_grid, far_grid)


def _grid(transformer: Transformer, xy: Any) -> Any:
    import numpy as np

    array = np.asarray(xy)
    x, y = transformer.transform(array[:, 0], array[:, 1])
    return np.column_stack((x, y))


def onspd_file(folder: Path, shared_data: Path, name: str = "ONSPD_FEB_2024_UK.csv") -> Path:
    """An ONSPD extract: a byte order mark, quoted fields, CRLF line ends, and these rows:
    line 2 WD6 1AA on Shenley Road; 3 WD6 1AB terminated; 4 EN6 2AA in Potters Bar (pcds with odd
    spacing, unquoted); 5 SW1A 2AA in Whitehall (outside); 6 a row with no postcode; 7 a row cut
    short; 8 EN6 9ZZ with no grid reference; 9 WD6 5AA just beyond the wards' edge; 10 WD6 9AA far
    beyond it; 11-12 a quoted field across lines, WD6 1AD by Shenley Road; 13 WD6 8AA far beyond
    the edge too, but put in the store's ward Shenley (E05004760) by the file."""
    points = around(shared_data)

    def row(pcds: str, lon: float, lat: float, doterm: str = "", quoted: bool = True,
            ward: str = "E05004702") -> str:
        pcd = pcds.replace(" ", "")
        pcd7 = pcd[:-3].ljust(4) + pcd[-3:]
        fields = [pcd7, pcd7, pcds, "198001", doterm, "E10000015", "E58000712", "E07000098",
                  ward, "E04004783", "0", "519700", "196600", "1", f"{lat:.6f}", f"{lon:.6f}"]
        return ",".join(f'"{f}"' if quoted else f for f in fields)

    lines = [
        ONSPD_HEADER,
        row("WD6 1AA", *SHENLEY_ROAD),
        row("WD6 1AB", SHENLEY_ROAD[0] + 0.0003, SHENLEY_ROAD[1], doterm="200906"),
        row("en6  2aa", *DARKES_LANE, quoted=False),
        row("SW1A 2AA", *WHITEHALL),
        row("", *DARKES_LANE),
        '"WD6 1AC","WD6 1AC","WD6 1AC","198001"',
        row("EN6 9ZZ", 0.0, 99.999999),
        row("WD6 5AA", *points.near),
        row("WD6 9AA", *points.far),
        row("WD6 1AD", SHENLEY_ROAD[0] - 0.0004, SHENLEY_ROAD[1]).replace('"E10000015"',
                                                                           '"E1000\n0015"'),
        row("WD6 8AA", *points.far, ward="E05004760"),
    ]
    path = folder / name
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


def code_point_file(folder: Path, shared_data: Path, name: str = "wd.csv") -> Path:
    """A Code-Point Open area file (no header, eastings and northings): line 1 WD6 1AA by Shenley
    Road; 2 WD6 4AA at the wards' edge; 3 WD6 9AA far beyond it; 4 a postcode with no grid
    reference (quality 90); 5 a bad easting."""
    to_grid = Transformer.from_crs(4326, 27700, always_xy=True)
    points = around(shared_data)
    east, north = to_grid.transform(*SHENLEY_ROAD)

    def row(postcode: str, e: float | str, n: float | str, quality: str = "10") -> str:
        e_text = f"{e:.0f}" if isinstance(e, float) else e
        n_text = f"{n:.0f}" if isinstance(n, float) else n
        return (f'"{postcode}",{quality},{e_text},{n_text},"E92000001","E19000001","E18000007",'
                f'"E10000015","E07000098","E05004702"')

    lines = [row("WD6 1AA", east, north), row("WD6 4AA", *points.near_grid),
             row("WD6 9AA", *points.far_grid), row("WD6 8ZZ", "0", "0", "90"),
             row("WD6 7AA", "51970x", "196600")]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
