"""A point entered as latitude/longitude or as National Grid easting/northing, each kept in step."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel, QLineEdit

from jagdesk.domain.places.bng import from_bng, grid_reference, to_bng
from jagdesk.errors import ValidationError


def _number(text: str) -> float | None:
    """The number typed ('' is None); ValueError when it is not one."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


class PointFields:
    """Keeps a form's latitude and longitude, and its easting and northing with the grid reference,
    the same point.

    Partners quote grid references and eastings; police.uk gives latitudes. Typing either pair
    fills in the other, so both are always the same point. The boxes are the form's (laid out in
    Qt Designer, on two rows with a refusal under each); this puts the point in them and reads it.
    """

    def __init__(self, latitude: QLineEdit, longitude: QLineEdit, easting: QLineEdit,
                 northing: QLineEdit, grid_label: QLabel) -> None:
        self.latitude, self.longitude = latitude, longitude
        self.easting, self.northing, self.grid_label = easting, northing, grid_label
        self.latitude.textEdited.connect(self._on_lat_lon_edited)
        self.longitude.textEdited.connect(self._on_lat_lon_edited)
        self.easting.textEdited.connect(self._on_grid_edited)
        self.northing.textEdited.connect(self._on_grid_edited)

    def set_point(self, latitude: float | None, longitude: float | None) -> None:
        self.latitude.setText("" if latitude is None else f"{latitude:.6f}")
        self.longitude.setText("" if longitude is None else f"{longitude:.6f}")
        self._on_lat_lon_edited()

    def point(self) -> tuple[float | None, float | None]:
        """(latitude, longitude); ValidationError at the row whose boxes do not hold numbers."""
        try:
            latitude, longitude = _number(self.latitude.text()), _number(self.longitude.text())
        except ValueError:
            raise ValidationError({"latitude": (
                "Write the latitude and longitude as decimal degrees, such as 51.655688 and "
                "-0.269328.")}) from None
        if latitude is None and longitude is None and (self.easting.text().strip()
                                                        or self.northing.text().strip()):
            # The easting and northing would have filled in the latitude had they made a point.
            raise ValidationError({"easting": self._grid_problem()})
        return latitude, longitude

    def _grid_problem(self) -> str:
        try:
            easting, northing = _number(self.easting.text()), _number(self.northing.text())
        except ValueError:
            return ("Write the easting and northing as metres on the National Grid, such as "
                    "519817 and 196629.")
        if easting is None or northing is None:
            return "Give both the easting and the northing."
        return "That easting and northing are not on the National Grid of Great Britain."

    def _on_lat_lon_edited(self, _text: str = "") -> None:
        try:
            latitude, longitude = _number(self.latitude.text()), _number(self.longitude.text())
        except ValueError:
            latitude = longitude = None
        easting = northing = math.inf
        if latitude is not None and longitude is not None:
            easting, northing = to_bng(latitude, longitude)
        if math.isfinite(easting + northing) and grid_reference(easting, northing):
            # To the metre, as the hotspot's page shows them, and the reference from those.
            easting, northing = round(easting), round(northing)
            self.easting.setText(str(easting))
            self.northing.setText(str(northing))
            self._show_grid(easting, northing)
        else:  # the other pair was worked out from this one, so it goes with it
            self.easting.clear()
            self.northing.clear()
            self._show_grid(None, None)

    def _on_grid_edited(self, _text: str = "") -> None:
        try:
            easting, northing = _number(self.easting.text()), _number(self.northing.text())
        except ValueError:
            easting = northing = None
        if easting is None or northing is None or not grid_reference(easting, northing):
            self.latitude.clear()
            self.longitude.clear()
            self._show_grid(None, None)
            return
        latitude, longitude = from_bng(easting, northing)
        self.latitude.setText(f"{latitude:.6f}")
        self.longitude.setText(f"{longitude:.6f}")
        self._show_grid(easting, northing)

    def _show_grid(self, easting: float | None, northing: float | None) -> None:
        reference = "" if easting is None or northing is None else grid_reference(easting, northing)
        self.grid_label.setText(reference)
