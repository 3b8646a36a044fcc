"""The CCTV lists window's Settings tab keeps how long a mobile camera is planned to stay up; the
installation dialog starts from it."""

from __future__ import annotations

from datetime import date

from jagdesk.gui.dialogs.cctv.install_dialog import InstallDialog
from jagdesk.gui.dialogs.cctv.lists_dialog import TABS, ListsDialog
from jagdesk.services.cctv.settings import cctv_settings
from jagdesk.store.opening import Store


def test_the_planned_months_are_saved_and_offered_at_installation(qtbot: object, demo_store: Store) -> None:
    lists = ListsDialog(demo_store, date.today(), "retention")
    assert lists.tabs.currentIndex() == TABS.index("retention")
    assert lists.tabs.tabText(lists.tabs.currentIndex()) == "Se&ttings"
    assert lists.months.value() == 3
    lists.months.setValue(6)
    lists.save_months.click()
    assert "planned to stay up 6 months" in lists.months_said.text()
    lists.years.setValue(7)
    lists.save_years.click()  # the version read at the months' save: no conflict
    assert "kept 7 years" in lists.years_said.text()
    with demo_store.unit_of_work() as uow:
        settings = cctv_settings(uow)
    assert (settings.planned_months, settings.retention_years) == (6, 7)
    again = ListsDialog(demo_store, date.today(), "retention")
    assert again.months.value() == 6
    dialog = InstallDialog(lambda entry: entry, "Shenley Road", [("RDC-1", None)], date.today(),
                           planned_months=settings.planned_months)
    assert dialog.planned_months.value() == 6
    for widget in (lists, again, dialog):
        widget.deleteLater()
