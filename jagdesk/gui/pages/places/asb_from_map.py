"""An ASB intervention about an area drawn on the map: a PSPO unless the officer chooses another
power, with the drawn area kept on the record as a hotspot's is (a GeoJSON Polygon)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from jagdesk.domain.asb.vocabulary import Kind, Subject, a
from jagdesk.gui.dialogs.asb.intervention_dialog import InterventionDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.places.area_drawing import DrawnArea
from jagdesk.services.asb.choices import form_choices
from jagdesk.services.asb.interventions import save_intervention
from jagdesk.services.asb.types import InterventionInput, InterventionRow

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_page import MapPage


def new_intervention(page: MapPage, area: DrawnArea) -> InterventionRow | None:
    """The intervention dialog about the drawn area; once saved, the register opened at it."""
    today = page.today or date.today()
    lists = attempt(page, page.store, lambda uow: form_choices(uow, today))
    if lists is None:
        return None
    start = InterventionInput(Kind.PSPO.value, Subject.AREA.value, today, area=area.geojson)
    saved: InterventionRow | None = InterventionDialog.ask(page, lambda entry: call(
        page.store, lambda uow: save_intervention(uow, entry, today=today)), start, lists, today)
    if saved is None:
        return None
    window = page.window()
    # The register is another page, built when first asked for: the window opens it at the record.
    opener = getattr(window, "show_intervention", None)
    if callable(opener):
        opener(saved.id)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(f"{saved.reference} recorded: {a(saved.kind_title)} about "
                                       f"{saved.subject_name or 'the area drawn'}, {saved.status}.", 10000)
    return saved
