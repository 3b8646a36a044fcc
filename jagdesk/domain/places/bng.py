"""British National Grid eastings and northings from police.uk latitude/longitude, offline."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

# numpy and pyproj are imported where they are first used: the command line and the app start
# without them (a third of a second) until a page needs coordinates.
if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from pyproj import Transformer

    FloatArray = npt.NDArray[np.float64]

WGS84 = "EPSG:4326"
BNG = "EPSG:27700"
# The 100 km squares of the grid, by (easting // 100 km, northing // 100 km): row 0 is the south.
GRID_LETTERS = (
    "SV SW SX SY SZ TV TW", "SQ SR SS ST SU TQ TR", "SL SM SN SO SP TL TM",
    "SF SG SH SJ SK TF TG", "SA SB SC SD SE TA TB", "NV NW NX NY NZ OV OW",
    "NQ NR NS NT NU OQ OR", "NL NM NN NO NP OL OM", "NF NG NH NJ NK OF OG",
    "NA NB NC ND NE OA OB", "HV HW HX HY HZ JV JW", "HQ HR HS HT HU JQ JR",
    "HL HM HN HO HP JL JM",
)


@lru_cache(maxsize=2)
def _transformer(inverse: bool) -> Transformer:
    """The WGS84 <-> BNG transformer, built once: building one costs far more than using it."""
    from pyproj import Transformer
    from pyproj.network import set_network_enabled  # type: ignore[attr-defined]  # from _network

    # The laptop works offline in village halls: PROJ must never try to fetch a grid file. Without
    # the OSTN15 grid PROJ uses the 7-parameter Helmert transformation, good to about 2 metres.
    set_network_enabled(False)
    source, target = (BNG, WGS84) if inverse else (WGS84, BNG)
    return Transformer.from_crs(source, target, always_xy=True)


def to_bng(latitude: float, longitude: float) -> tuple[float, float]:
    """(easting, northing) in metres of a WGS84 point; inf for a point far off the grid."""
    easting, northing = _transformer(False).transform(longitude, latitude)
    return float(easting), float(northing)


def to_bng_many(latitudes: FloatArray, longitudes: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Eastings and northings of many points at once (one call into PROJ for the whole array)."""
    import numpy as np

    eastings, northings = _transformer(False).transform(
        np.asarray(longitudes, dtype=np.float64), np.asarray(latitudes, dtype=np.float64)
    )
    return np.asarray(eastings, dtype=np.float64), np.asarray(northings, dtype=np.float64)


def from_bng(easting: float, northing: float) -> tuple[float, float]:
    """(latitude, longitude) in WGS84 of a grid point."""
    longitude, latitude = _transformer(True).transform(easting, northing)
    return float(latitude), float(longitude)


def from_bng_many(eastings: FloatArray, northings: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Latitudes and longitudes of many grid points at once."""
    import numpy as np

    longitudes, latitudes = _transformer(True).transform(
        np.asarray(eastings, dtype=np.float64), np.asarray(northings, dtype=np.float64)
    )
    return np.asarray(latitudes, dtype=np.float64), np.asarray(longitudes, dtype=np.float64)


def grid_reference(easting: float, northing: float, digits: int = 10) -> str:
    """The lettered grid reference partners write ("TQ 19626 96771"); "" off the grid.

    `digits` is the total number of figures (4, 6, 8 or 10): 10 is to the metre, 6 to 100 m.
    """
    if digits not in (4, 6, 8, 10):
        raise ValueError("a grid reference has 4, 6, 8 or 10 figures")
    if not (0 <= easting < 700_000 and 0 <= northing < 1_300_000):
        return ""
    letters = GRID_LETTERS[int(northing // 100_000)].split()[int(easting // 100_000)]
    half = digits // 2
    scale = 10 ** (5 - half)
    east = int(easting % 100_000) // scale
    north = int(northing % 100_000) // scale
    return f"{letters} {east:0{half}d} {north:0{half}d}"
