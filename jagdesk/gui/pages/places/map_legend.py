"""What the map's legend and credits say for what is on the map now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from jagdesk.gui.pages.places.area_outline import LEGEND, OUTLINE, has_areas
from jagdesk.gui.pages.places.crime_layer import (
    DENSITY,
    DENSITY_ALPHA,
    DENSITY_COLOURS,
    DOT_CORE,
    DOT_RIM,
    OUTSIDE_CORE,
    OUTSIDE_RIM,
)
from jagdesk.gui.pages.places.map_items import WARD_FILL, WARD_LINE, status_colour
from jagdesk.gui.pages.places.map_overlay import LegendEntry

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView


def legend_entries(view: MapView) -> list[LegendEntry]:
    """The legend's lines for what is on the map now."""
    entries: list[LegendEntry] = []
    crimes = view.crimes
    inside, outside = crimes.counts()
    if inside + outside and crimes.mode == DENSITY:
        scale = crimes.density_scale(view.scale_factor())
        entries.append(LegendEntry("none", f"Crimes per {scale.cell_m:,} m square",
                                   QColor(0, 0, 0, 0), QColor(0, 0, 0, 0)))
        for colour, label in zip(DENSITY_COLOURS, scale.class_labels(), strict=False):
            fill = QColor(colour)
            fill.setAlpha(DENSITY_ALPHA)
            entries.append(LegendEntry("square", label, fill, fill))
    elif inside + outside:
        entries.append(LegendEntry("dot", f"Crimes in the partnership ({inside:,})", DOT_CORE, DOT_RIM))
        if outside and crimes.show_outside:
            entries.append(LegendEntry("dot", f"Outside the partnership ({outside:,})",
                                       OUTSIDE_CORE, OUTSIDE_RIM))
    for status in view.hotspot_statuses:
        colour = QColor(status_colour(status))
        entries.append(LegendEntry("diamond", f"Hotspot, {status}", colour, colour.darker(140)))
    entries += view.cameras.legend_entries()
    if has_areas(view):
        entries.append(LegendEntry("line", LEGEND, QColor(106, 27, 154, 30), OUTLINE))
    if view.wards:
        entries.append(LegendEntry("line", "Ward boundary", WARD_FILL, WARD_LINE))
    return entries


def credits(view: MapView) -> str:
    """The attributions the licences of the data on the map ask for."""
    parts = []
    if view.wards:
        parts.append("Contains OS data © Crown copyright and database right")
    if view.crimes.counts() != (0, 0):
        parts.append("Crime data: police.uk, Open Government Licence v3.0")
    return " · ".join(parts)
