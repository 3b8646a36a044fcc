"""The agencies page, driven through its real widgets against a real demo store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.reference.agencies_page import AgenciesPage
from jagdesk.services.reference import agencies as svc


def page_of(window: MainWindow) -> AgenciesPage:
    page = window.page(AgenciesPage)
    window.show_page(window.pages.index(page))
    return page


def shown_names(table: Any) -> list[str]:
    return [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]


def select(table: Any, name: str) -> None:
    names = shown_names(table)
    table.view.selectRow(names.index(name))


def test_lists_the_agencies_and_the_contacts_of_the_selected_one(window: MainWindow) -> None:
    page = page_of(window)
    assert len(shown_names(page.master)) == 11
    select(page.master, "Hertfordshire Constabulary")
    assert "Contacts at Hertfordshire Constabulary" in page.detail.title_label.text()
    assert "Insp. Mark Ellison" in shown_names(page.detail)
    assert len(shown_names(page.detail)) == 6


def test_search_box_filters_the_table(window: MainWindow, qtbot: Any) -> None:
    page = page_of(window)
    qtbot.keyClicks(page.master.search, "fire")
    assert shown_names(page.master) == ["Hertfordshire Fire and Rescue Service"]
    page.master.search.clear()
    assert len(shown_names(page.master)) == 11


def test_an_agency_with_no_contacts_says_so(window: MainWindow) -> None:
    page = page_of(window)
    select(page.master, "Crimestoppers")
    assert page.detail.model.rowCount() == 0
    assert page.detail.empty_label.isVisibleTo(page)
    assert "No contacts at Crimestoppers" in page.detail.empty_label.text()


def test_new_agency_is_saved_listed_and_selected(window: MainWindow, dialogs: Any) -> None:
    page = page_of(window)

    def fill(dialog: Any) -> None:
        dialog.name.setText("Aldenham Parish Council")
        dialog.agency_type.setCurrentIndex(dialog.agency_type.findData("council"))

    dialogs.will(fill)
    window.new_action.trigger()
    assert "Aldenham Parish Council" in shown_names(page.master)
    assert page.master.current_row().name == "Aldenham Parish Council"
    with window.store.unit_of_work() as uow:
        assert "Aldenham Parish Council" in [a.name for a in svc.list_agencies(uow)]


def test_refused_input_is_shown_at_the_field_and_nothing_is_saved(
    window: MainWindow, dialogs: Any
) -> None:
    page = page_of(window)
    seen: list[tuple[str, str]] = []

    def fill_blank_then_cancel(dialog: Any) -> None:
        dialog.name.setText("   ")
        dialog.accept()
        seen.append(("blank", dialog.field_error("name")))
        dialog.name.setText("hertfordshire constabulary")
        dialog.accept()
        seen.append(("duplicate", dialog.field_error("name")))
        dialog.reject()

    dialogs.will(fill_blank_then_cancel)
    page.master.new_button.click()
    assert seen == [("blank", "Enter the agency name."),
                    ("duplicate", "There is already an agency called 'hertfordshire constabulary'.")]
    assert len(shown_names(page.master)) == 11


def test_contact_email_is_checked_at_its_field(window: MainWindow, dialogs: Any) -> None:
    page = page_of(window)
    select(page.master, "Victim Support")
    errors: list[str] = []

    def fill(dialog: Any) -> None:
        dialog.name.setText("Nadia Kowalczyk")
        dialog.email.setText("nadia at example")
        dialog.accept()
        errors.append(dialog.field_error("email"))
        dialog.email.setText("nadia@victimsupport.example.org.uk")

    dialogs.will(fill)
    page.detail.new_button.click()
    assert errors == ["'nadia at example' is not an email address (name@example.gov.uk)."]
    assert "Nadia Kowalczyk" in shown_names(page.detail)
    assert page.master.current_row().contact_count == 2


def test_deleting_an_agency_with_contacts_is_refused_naming_them(
    window: MainWindow, messages: Any
) -> None:
    page = page_of(window)
    select(page.master, "Hertfordshire Probation Service")
    page.master.delete_button.click()
    assert messages.questions == ["Delete the agency 'Hertfordshire Probation Service'?"]
    assert len(messages.errors) == 1
    assert "cannot be deleted" in messages.errors[0]
    assert "1 contact (Grace O'Neill)" in messages.errors[0]
    assert "Hertfordshire Probation Service" in shown_names(page.master)


def test_delete_key_deletes_a_contact_after_confirmation(
    window: MainWindow, messages: Any, qtbot: Any
) -> None:
    page = page_of(window)
    # A contact no demo case or hotspot names (those are refused: they are in use).
    select(page.master, "West Hertfordshire Primary Care Trust")
    page.detail.view.selectRow(0)
    page.detail.view.setFocus()
    messages.answer = False
    qtbot.keyClick(page.detail.view, Qt.Key.Key_Delete)
    assert shown_names(page.detail) == ["Dr Imran Qureshi"]
    messages.answer = True
    qtbot.keyClick(page.detail.view, Qt.Key.Key_Delete)
    assert shown_names(page.detail) == []
    assert messages.errors == []


def test_saving_over_someone_elses_change_is_refused(
    window: MainWindow, dialogs: Any, messages: Any
) -> None:
    page = page_of(window)
    select(page.master, "Neighbourhood Watch")
    opened = page.master.current_row()
    with window.store.unit_of_work(user="colleague") as uow:
        svc.save_agency(uow, svc.AgencyInput("Hertsmere Neighbourhood Watch", "voluntary"),
                        opened.id, opened.version)

    def fill(dialog: Any) -> None:
        dialog.name.setText("Neighbourhood Watch (Herts)")
        dialog.accept()
        dialog.reject()

    dialogs.will(fill)
    page.master.edit_button.click()
    assert len(messages.errors) == 1
    assert messages.errors[0].startswith("colleague changed this agency at ")
    assert "your changes were not saved" in messages.errors[0]
    with window.store.unit_of_work() as uow:
        names = [a.name for a in svc.list_agencies(uow)]
    assert "Hertsmere Neighbourhood Watch" in names
    assert "Neighbourhood Watch (Herts)" not in names


def test_ctrl_z_brings_back_a_deleted_contact(window: MainWindow, messages: Any, qtbot: Any) -> None:
    page = page_of(window)
    select(page.master, "West Hertfordshire Primary Care Trust")
    page.detail.view.selectRow(0)
    page.detail.delete_button.click()
    assert shown_names(page.detail) == []
    assert "Press Ctrl+Z to undo" in window.statusBar().currentMessage()
    page.undo_last_delete()
    assert shown_names(page.detail) == ["Dr Imran Qureshi"]
    assert window.statusBar().currentMessage() == "Brought back the contact 'Dr Imran Qureshi'."
    page.undo_last_delete()
    assert window.statusBar().currentMessage() == (
        "Nothing to undo: Ctrl+Z brings back the last record deleted on this page.")
    assert messages.errors == []
