"""The localities page: localities and their wards, through the real widgets."""

from __future__ import annotations

from typing import Any

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.reference.localities_page import LocalitiesPage


def names(table: Any) -> list[str]:
    return [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]


def open_page(window: MainWindow, locality: str) -> LocalitiesPage:
    page = window.page(LocalitiesPage)
    window.show_page(window.pages.index(page))
    page.master.view.selectRow(names(page.master).index(locality))
    return page


def test_wards_of_the_selected_locality(window: MainWindow) -> None:
    page = open_page(window, "Bushey")
    assert names(page.detail) == ["Bushey Heath", "Bushey North", "Bushey Park", "Bushey St James"]
    assert page.detail.title_label.text() == "<b>Wards in Bushey</b>"


def test_new_ward_code_is_checked_and_the_ward_joins_the_locality(
    window: MainWindow, dialogs: Any
) -> None:
    page = open_page(window, "Shenley")
    errors: list[str] = []

    def fill(dialog: Any) -> None:
        assert dialog.locality.currentText() == "Shenley"
        dialog.name.setText("South Mimms")
        dialog.code.setText("SM1")
        dialog.accept()
        errors.append(dialog.field_error("code"))
        dialog.code.setText("e05099999")

    dialogs.will(fill)
    page.detail.new_button.click()
    assert errors == ["'SM1' is not an ONS ward code (a letter and eight digits, as E05004746)."]
    assert names(page.detail) == ["Shenley", "South Mimms"]
    assert page.detail.current_row().code == "E05099999"
    assert page.master.current_row().ward_count == 2


def test_a_locality_with_wards_cannot_be_deleted(window: MainWindow, messages: Any) -> None:
    page = open_page(window, "Radlett")
    page.master.delete_button.click()
    assert messages.errors == [
        "The locality 'Radlett' cannot be deleted: it is used by "
        "2 wards (Aldenham East, Aldenham West)."
    ]
    assert "Radlett" in names(page.master)
