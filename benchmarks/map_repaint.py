"""Map: full repaints and pan steps of the offline map holding 100,000 crime points.

    python benchmarks/map_repaint.py [--points 100000] [--runs 30] [--size 1000x700]

Builds a scratch SQLite store with the real Hertsmere wards and 100,000 crimes made by repeating
the rows of the two real police.uk street months (real, snapped coordinates across
Hertfordshire, each row's outside flag from the ward boundaries), loads them with
services.places.map_layers as the map page does (timed), and shows a MapView off-screen at the given
size. Then, per case:

- repaint: the whole view rendered into an image (background, wards, all crimes, hotspots,
  legend and scale bar), `runs` times;
- pan step: the view scrolled 40 pixels (alternately left and right) and repainted at once,
  `runs` times; the legend is fixed to the window, so each step repaints the whole view.

Cases: points and density with ALL points in view (they span 300 km: a few rows of the files lie
far away), with the county in view (all but the outermost 1% each side; the most distinct
pixels to fill), and points zoomed to a town (Borehamwood, 3 km across).
Prints one JSON line per case, e.g.
{"bench": "map_repaint", "case": "points_all_in_view", "points": 100000, "repaint_median_ms": ...,
 "pan_step_median_ms": ..., "goal_ms": 50, "meets_goal": true, ...}
meets_goal: the median pan step is under goal_ms (20 frames a second: no visible stall).
floor_median_ms: the image cleared and the points in view drawn as single pixels with one
QPainter.drawPoints call, nothing else, in the same run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

if str(_common.REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_common.REPO_ROOT))

GOAL_MS = 50.0
SHARED = _common.REPO_ROOT / "../shared/data"
STREET_FILES = ("policeuk/2021-01-hertfordshire-street.csv", "policeuk/2021-02-hertfordshire-street.csv")
WARDS_FILE = "geo/hertsmere-wards-2013.geojson"


def build_store(folder: Path, points: int) -> tuple[object, float]:
    """A scratch store with the wards and `points` located crimes; the store and seconds taken."""
    import numpy as np
    import shapely
    from sqlalchemy import insert

    from jagdesk.importers.boundaries import read_areas
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.models import Crime, CrimeFile, Ward
    from jagdesk.store.opening import open_store

    start = time.perf_counter()
    store = open_store(sqlite_location(folder / "map.db"))
    areas = read_areas(SHARED / WARDS_FILE)
    shapes = [shapely.from_geojson(json.dumps(area.geometry)) for area in areas]
    with store.unit_of_work("bench") as uow:
        for area, shape in zip(areas, shapes, strict=True):
            min_lon, min_lat, max_lon, max_lat = shape.bounds
            uow.session.add(Ward(id=uuid.uuid4(), code=area.code, name=area.name,
                                 geometry=json.dumps(area.geometry), min_lon=min_lon,
                                 min_lat=min_lat, max_lon=max_lon, max_lat=max_lat))
        uow.commit()
    rows: list[dict[str, str]] = []
    for name in STREET_FILES:
        with (SHARED / name).open(encoding="utf-8-sig", newline="") as handle:
            rows.extend(row for row in csv.DictReader(handle) if row["Longitude"] and row["Latitude"])
    lon = np.array([float(row["Longitude"]) for row in rows])
    lat = np.array([float(row["Latitude"]) for row in rows])
    inside = shapely.contains_xy(shapely.union_all(shapes), lon, lat)
    file_id = uuid.uuid4()
    crimes = [{
        "file_id": file_id, "line_no": n + 2, "crime_ref": None, "month": rows[n % len(rows)]["Month"],
        "reported_by": "Hertfordshire Constabulary", "falls_within": "Hertfordshire Constabulary",
        "longitude": float(lon[n % len(rows)]), "latitude": float(lat[n % len(rows)]),
        "location": rows[n % len(rows)]["Location"], "crime_type": rows[n % len(rows)]["Crime type"],
        "outside": not bool(inside[n % len(rows)]),
    } for n in range(points)]
    with store.engine.begin() as connection:
        connection.execute(insert(CrimeFile), [{
            "id": file_id, "source": "street", "month": "2021-01", "force": "bench",
            "file_name": "bench.csv", "sha256": "0" * 64, "rows_imported": points}])
        connection.execute(insert(Crime), crimes)
    return store, time.perf_counter() - start


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 2)


def time_case(app: object, view: object, runs: int) -> dict[str, object]:
    """Full repaints into an image, then pan steps (scroll and repaint), in milliseconds."""
    from PySide6.QtGui import QImage, QPainter

    viewport = view.viewport()  # type: ignore[attr-defined]
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    repaints = []
    for _ in range(runs):
        start = time.perf_counter()
        painter = QPainter(image)
        view.render(painter)  # type: ignore[attr-defined]
        painter.end()
        repaints.append(time.perf_counter() - start)
    pans = []
    bar = view.horizontalScrollBar()  # type: ignore[attr-defined]
    for step in range(runs):
        start = time.perf_counter()
        bar.setValue(bar.value() + (40 if step % 2 == 0 else -40))
        viewport.repaint()
        pans.append(time.perf_counter() - start)
    app.processEvents()  # type: ignore[attr-defined]
    pan = median_ms(pans)
    return {"repaint_median_ms": median_ms(repaints), "repaint_max_ms": round(max(repaints) * 1000, 2),
            "pan_step_median_ms": pan, "pan_step_max_ms": round(max(pans) * 1000, 2),
            "goal_ms": GOAL_MS, "meets_goal": pan < GOAL_MS}


def floor_ms(view: object, x: object, y: object, runs: int) -> dict[str, object]:
    """The floor: the image cleared and the points in view drawn as single pixels with one
    QPainter.drawPoints call (no wards, symbols, density, legend or scale bar), in milliseconds."""
    import numpy as np
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QImage, QPainter, QPolygonF

    viewport = view.viewport()  # type: ignore[attr-defined]
    to_view = view.viewportTransform()  # type: ignore[attr-defined]
    px = np.asarray(x) * to_view.m11() + to_view.dx()
    py = np.asarray(y) * to_view.m22() + to_view.dy()
    keep = (px >= 0) & (px < viewport.width()) & (py >= 0) & (py < viewport.height())
    polygon = QPolygonF([QPointF(a, b) for a, b in zip(px[keep].tolist(), py[keep].tolist(), strict=True)])
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    floors = []
    for _ in range(runs):
        start = time.perf_counter()
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawPoints(polygon)
        painter.end()
        floors.append(time.perf_counter() - start)
    return {"floor_median_ms": median_ms(floors)}


def _with_ratio(floor: dict[str, object], case: dict[str, object]) -> dict[str, object]:
    """The case's figures with the floor's, and the full repaint's ratio to the floor."""
    repaint, least = case["repaint_median_ms"], floor["floor_median_ms"]
    ratio = round(repaint / least, 2) if isinstance(repaint, float) and isinstance(least, float) \
        and least else None
    return {**floor, **case, "repaint_ratio_to_floor": ratio}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--size", default="1000x700")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    scratch = _common.work_dir("map")
    os.environ.update(QT_QPA_PLATFORM="offscreen", JAGDESK_DATA_DIR=str(scratch / "data"))
    try:
        import numpy as np
        from PySide6.QtCore import QRectF

        from jagdesk.gui.app import application
        from jagdesk.gui.pages.places.map_items import scene_point
        from jagdesk.gui.pages.places.map_view import DENSITY, POINTS, MapView
        from jagdesk.services.places import map_layers

        _common.note(f"building a store with {args.points:,} crimes")
        store, build_s = build_store(scratch, args.points)
        start = time.perf_counter()
        with store.unit_of_work() as uow:  # type: ignore[attr-defined]
            months = map_layers.map_choices(uow).months
            wards = map_layers.ward_outlines(uow)
            points = map_layers.crime_points(uow, months[0], months[-1])
        load_s = time.perf_counter() - start
        app = application()
        view = MapView()
        view.resize(width, height)
        view.show()
        start = time.perf_counter()
        view.set_wards(wards)
        view.set_crimes(points)
        view.set_show_outside(True)
        set_s = time.perf_counter() - start
        app.processEvents()
        common = {"bench": "map_repaint", "points": len(points), "view_px": [width, height],
                  "runs": args.runs, "build_store_s": round(build_s, 2), "load_points_s": round(load_s, 3),
                  "set_points_s": round(set_s, 3)}
        x, y = view.crimes._x, view.crimes._y
        everything = view.crimes.boundingRect()
        # The county: the box holding all but the 1% of points furthest out on each side (a few
        # rows of police.uk files lie tens of miles away).
        low_x, high_x = np.percentile(x, [1, 99])
        low_y, high_y = np.percentile(y, [1, 99])
        county = QRectF(low_x, low_y, high_x - low_x, high_y - low_y)
        town = scene_point(-0.2693, 51.6557)  # Shenley Road, Borehamwood
        cases = [("points_all_in_view", POINTS, everything), ("density_all_in_view", DENSITY, everything),
                 ("points_county", POINTS, county), ("density_county", DENSITY, county),
                 ("points_zoomed_to_a_town", POINTS, QRectF(town.x() - 1500, town.y() - 1000, 3000, 2000))]
        for case, mode, rect in cases:
            view.set_mode(mode)
            view.fit_rect(rect)
            app.processEvents()
            _common.note(f"timing {case}")
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            in_view = int(((x >= shown.left()) & (x <= shown.right()) & (y >= shown.top())
                           & (y <= shown.bottom())).sum())
            _common.emit({**common, "case": case, "points_in_view": in_view,
                          "metres_per_pixel": round(view.metres_per_pixel(), 2),
                          **_with_ratio(floor_ms(view, x, y, args.runs), time_case(app, view, args.runs))})
        view.close()
        store.close()  # type: ignore[attr-defined]
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
