"""The ASB register's table model: filtered by kind, status and every word typed, sorted by any
column both ways (unset days last), and a PSPO extended from the page, refused first with one
sentence at its field."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.asb.asb_page import AsbPage
from jagdesk.gui.pages.asb.register_model import HEADERS, RegisterModel
from jagdesk.services.asb.types import InterventionRow

BASE = InterventionRow(uuid.uuid4(), "ASB-2021-0001", "ABC", "Acceptable Behaviour Contract", "in force",
                       "signed", "person", "Seán O'Brien-Smith", None, 30, "adult", "", "", "",
                       date(2021, 1, 1), date(2021, 1, 8), date(2021, 7, 8), None, "", 0, 0, (), 1)


def rows() -> list[InterventionRow]:
    return [
        BASE,
        replace(BASE, id=uuid.uuid4(), reference="ASB-2021-0002", kind="CPW", status="issued",
                subject_name="Zainab Hussain", ends_on=None, breaches=2,
                warnings=("The time to comply has passed.",)),
        replace(BASE, id=uuid.uuid4(), reference="ASB-2021-0003", kind="ABC", status="declined",
                subject_name="Amrit ਸਿੰਘ", starts_on=None, ends_on=date(2021, 3, 1)),
    ]


def shown(model: RegisterModel) -> list[str]:
    return [row.reference[-1] for row in (model.row_at(i) for i in range(model.rowCount())) if row]


def test_sorted_by_any_column_both_ways_with_unset_days_last(qapp: Any) -> None:
    model = RegisterModel()
    model.set_rows(rows())
    ends = HEADERS.index("Ends")
    model.sort(ends, Qt.SortOrder.AscendingOrder)
    assert shown(model) == ["3", "1", "2"]
    model.sort(ends, Qt.SortOrder.DescendingOrder)
    assert shown(model) == ["2", "1", "3"]
    model.sort(HEADERS.index("Breaches"), Qt.SortOrder.DescendingOrder)
    assert shown(model)[0] == "2"
    model.sort(HEADERS.index("Warnings"), Qt.SortOrder.AscendingOrder)
    assert shown(model)[0] == "2"
    assert model.data(model.index(0, HEADERS.index("Warnings"))) == "The time to comply has passed."


def test_filtered_by_kind_status_and_every_word(qapp: Any) -> None:
    model = RegisterModel()
    model.set_rows(rows())
    model.set_filter(kind="ABC")
    assert sorted(shown(model)) == ["1", "3"]
    model.set_filter(kind="ABC", status="declined")
    assert shown(model) == ["3"]
    model.set_filter(text="o'brien seán")
    assert shown(model) == ["1"]
    model.set_filter(text="ਸਿੰਘ")
    assert shown(model) == ["3"]
    assert model.position_of(rows()[0].id) is None and model.total() == 3


def test_a_pspo_extended_from_the_page_refused_first_at_its_field(
        window: MainWindow, dialogs: Any, messages: Any) -> None:
    page: AsbPage = window.page(AsbPage)
    window.show_page(window.pages.index(page))
    page.today = date(2021, 3, 4)
    page.search.setText("town centre")
    page.view.selectRow(0)
    pspo = page.current()
    assert pspo.kind == "PSPO" and "extended" in page.step_buttons
    refused: list[str] = []

    def extend(dialog: Any) -> None:
        dialog.ui.ends_on.set_value(date(2040, 1, 1))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        refused.append(dialog.field_error("ends_on"))
        dialog.ui.ends_on.set_value(date(pspo.ends_on.year + 3, pspo.ends_on.month, 1))

    dialogs.will(extend)
    page.step_buttons["extended"].click()
    assert refused[0].startswith("Each extension of a Public Spaces Protection Order is at most 3 years")
    assert (page.current().status, page.current().ends_on) == (
        "extended", date(pspo.ends_on.year + 3, pspo.ends_on.month, 1))
    assert messages.errors == []
