"""The intervention dialog's person, found by typing any part of the name; the cases, hotspots and
wards it is linked to, ticked in the dialog and kept when it is changed; and its dates, which reach
back before 2000 (an ASBO of the 1990s): driven through the real widgets on the demo store."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.asb.asb_page import AsbPage
from jagdesk.gui.widgets.optional_date import OptionalDate
from jagdesk.gui.widgets.ticks import tick
from jagdesk.services.asb.interventions import get_intervention_detail
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.types import Filter
from jagdesk.services.people.people import list_people
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 4)


def asb_page(window: MainWindow) -> AsbPage:
    page = window.page(AsbPage)
    window.show_page(window.pages.index(page))
    page.today = TODAY
    return page


def person(store: Store, name: str) -> uuid.UUID:
    with store.unit_of_work("t") as uow:
        return next(row.id for row in list_people(uow, name) if row.name == name)


def kinds_of(store: Store, person_id: uuid.UUID) -> list[str]:
    with store.unit_of_work("t") as uow:
        return [row.kind for row in list_interventions(uow, Filter(person_id=person_id), TODAY)]


def test_typing_part_of_a_surname_offers_the_person_and_saves_the_record_for_them(
        window: MainWindow, demo_store: Store, dialogs: Any, qtbot: Any) -> None:
    page = asb_page(window)
    lee = person(demo_store, "Lee Hartnell")
    before = kinds_of(demo_store, lee)
    offered: list[str] = []

    def abc(dialog: Any) -> None:
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("ABC"))
        combo = dialog.ui.person_id
        assert combo.isEditable() and combo.currentIndex() == -1  # no one yet: the prompt shows
        assert combo.lineEdit().placeholderText() == "Type part of the name, or choose"
        combo.lineEdit().setFocus()
        qtbot.keyClicks(combo.lineEdit(), "ARTNE")  # the middle of the surname, in capitals
        completer = combo.completer()
        offered.extend(completer.completionModel().index(row, 0).data()
                       for row in range(completer.completionCount()))

    dialogs.will(abc)
    page.new_button.click()
    assert [text.split(" (")[0] for text in offered] == ["Lee Hartnell"]
    assert kinds_of(demo_store, lee) == ["ABC", *before]


def test_a_name_that_matches_no_one_is_asked_for_again_and_nothing_is_saved(
        window: MainWindow, demo_store: Store, dialogs: Any, qtbot: Any) -> None:
    page = asb_page(window)
    lee = person(demo_store, "Lee Hartnell")
    before = kinds_of(demo_store, lee)
    seen: list[str] = []

    def typed_over(dialog: Any) -> None:
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("ABC"))
        combo = dialog.ui.person_id
        combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == lee))
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "Nobody Of That Name")  # typed over the one chosen
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen.append(dialog.field_error("person"))
        dialog.reject()

    dialogs.will(typed_over)
    page.new_button.click()
    assert seen == ["Choose the person an Acceptable Behaviour Contract is about."]
    assert kinds_of(demo_store, lee) == before


def test_a_date_before_2000_is_kept_and_only_the_bottom_of_the_range_means_not_set(qtbot: Any) -> None:
    field = OptionalDate()
    qtbot.addWidget(field)
    for day in (date(1999, 4, 1), date(1998, 10, 20), date(1900, 1, 2), date(2000, 1, 1)):
        field.set_value(day)
        assert field.value() == day
    field.set_value(None)
    assert field.value() is None and field.edit.text() == "not set"
    field.edit.setDate(QDate(1999, 12, 31))  # as the calendar or the keys set it
    assert field.value() == date(1999, 12, 31)


def test_cases_hotspots_and_wards_are_linked_in_the_dialog_and_kept_when_it_is_changed(
        window: MainWindow, demo_store: Store, dialogs: Any) -> None:
    page = asb_page(window)
    names: dict[str, str] = {}

    def pspo(dialog: Any) -> None:
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("PSPO"))
        assert dialog.form.isRowVisible(dialog.ui.links.parentWidget())
        for box in (dialog.ui.case_ids, dialog.ui.hotspot_ids, dialog.ui.ward_ids):
            names[box.objectName()] = box.item(0).text()
            tick(box, box.item(0).text())
        # An area given by its wards alone, no name typed and nothing drawn.

    dialogs.will(pspo)
    page.new_button.click()
    saved = page.current()
    assert saved is not None and saved.kind == "PSPO"
    with demo_store.unit_of_work("t") as uow:
        data = get_intervention_detail(uow, saved.id, TODAY).data
    assert (len(data.case_ids), len(data.hotspot_ids), len(data.ward_ids)) == (1, 1, 1)
    shown: list[list[str]] = []

    def change(dialog: Any) -> None:
        shown.append([box.item(n).text() for box in (dialog.ui.case_ids, dialog.ui.hotspot_ids,
                                                      dialog.ui.ward_ids)
                      for n in range(box.count()) if box.item(n).checkState().value])
        dialog.ui.summary.setPlainText("Drinking in the town centre.")

    dialogs.will(change)
    page.buttons["edit"].click()
    assert shown == [[names["case_ids"], names["hotspot_ids"], names["ward_ids"]]]
    with demo_store.unit_of_work("t") as uow:
        after = get_intervention_detail(uow, saved.id, TODAY).data
    assert (after.case_ids, after.hotspot_ids, after.ward_ids) == (data.case_ids, data.hotspot_ids,
                                                                   data.ward_ids)
    assert after.summary == "Drinking in the town centre."
