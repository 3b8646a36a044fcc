"""Cameras: the kinds, where a camera is, and the checks on a camera list's coordinates."""

from __future__ import annotations

from enum import StrEnum

RETENTION_DAYS = 31  # footage kept no longer than needed: typically 28-31 days
# Great Britain, generously (lon, lat), and the National Grid's extent (metres).
GB_LON, GB_LAT = (-8.7, 1.9), (49.8, 60.95)
GRID_E, GRID_N = (0.0, 700_000.0), (0.0, 1_250_000.0)


class CameraKind(StrEnum):
    FIXED = "fixed"
    MOBILE = "mobile"  # redeployable, overt
    COVERT = "covert"


# The record tables of covert surveillance under RIPA 2000 Part II: read only by the RIPA officer
# on a server, taken out onto a laptop only when asked for. Covert cameras and deployments are rows
# of the ordinary tables, marked by their kind (CameraKind.COVERT).
COVERT_TABLES = ("ripa_authorisation", "ripa_subject", "ripa_review", "ripa_renewal",
                 "ripa_offence", "authorising_officer")


class CameraState(StrEnum):
    STORE = "store"
    DEPLOYED = "deployed"
    REPAIR = "repair"


KIND_WORDS = {"fixed": CameraKind.FIXED, "static": CameraKind.FIXED, "mobile": CameraKind.MOBILE,
              "redeployable": CameraKind.MOBILE, "rdc": CameraKind.MOBILE,
              "covert": CameraKind.COVERT}


def kind_of(text: str) -> CameraKind | None:
    """The kind a camera list's cell names ("Redeployable", "fixed"); None when it names none."""
    words = text.strip().lower().replace("-", " ").replace("/", " ").split()
    for word in words:
        if word in KIND_WORDS:
            return KIND_WORDS[word]
    return None


def in_great_britain(lon: float, lat: float) -> bool:
    return GB_LON[0] <= lon <= GB_LON[1] and GB_LAT[0] <= lat <= GB_LAT[1]


def on_the_grid(easting: float, northing: float) -> bool:
    return GRID_E[0] <= easting <= GRID_E[1] and GRID_N[0] <= northing <= GRID_N[1]


def lon_lat(first: float, second: float) -> tuple[float, float] | None:
    """A longitude/latitude pair from two columns that may have been given the wrong way round;
    None when neither order is in Great Britain."""
    if in_great_britain(first, second):
        return first, second
    if in_great_britain(second, first):
        return second, first
    return None
