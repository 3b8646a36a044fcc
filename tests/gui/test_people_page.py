"""The people page, driven through its real widgets and dialogs against a real SQLite store."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from jagdesk.domain.people import age_on
from jagdesk.gui.dialogs.people.duplicates_dialog import DuplicatesDialog
from jagdesk.gui.dialogs.people.merge_dialog import MergeDialog
from jagdesk.gui.dialogs.people.person_dialog import PersonDialog
from jagdesk.gui.pages.people.people_page import PeoplePage
from jagdesk.services.people import people as svc
from jagdesk.store.models import CasePerson, ProblemCase
from jagdesk.store.opening import Store
from tests.support.stores import open_copy

BORN = date(2007, 7, 23)


@pytest.fixture
def people_store(tmp_path: Path, empty_template: Path) -> Iterator[Store]:
    """A store with a few people, one of them on two cases."""
    store = open_copy(empty_template, tmp_path / "people.db")
    with store.unit_of_work() as uow:
        for data in (svc.PersonInput("Walsh", "Dean", "Deano", BORN, postcode="WD6 1AA",
                                     is_youth=True, is_repeat=True, notes="<b>Not bold</b> & 👍"),
                     svc.PersonInput("Wójcik", "Łukasz", "Luke", date(1988, 3, 7)),
                     svc.PersonInput("Adams", "Kelly", is_vulnerable=True)):
            svc.save_person(uow, data)
    dean = person_id(store, "Dean Walsh")
    with store.unit_of_work() as uow:
        for reference, title, side in (("PS-2026-014", "Street drinking at Shenley Road shops",
                                        "offender"), ("PS-2026-003", "Nuisance bikes", "victim")):
            case = ProblemCase(reference=reference, name=title, opened_on=date(2026, 1, 5))
            uow.session.add(case)
            uow.session.flush()
            uow.session.add(CasePerson(case_id=case.id, person_id=dean, side=side, role="ringleader"))
        uow.commit()
    yield store
    store.close()


def person_id(store: Store, name: str) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return next(p.id for p in svc.list_people(uow) if p.name == name)


@pytest.fixture
def page(qtbot: Any, people_store: Store) -> Iterator[PeoplePage]:
    """The page on its own in a window (for the status bar), as the main window would hold it."""
    window = QMainWindow()
    qtbot.addWidget(window)
    people = PeoplePage(people_store)
    window.setCentralWidget(people)
    window.resize(1366, 700)
    window.show()
    yield people  # the window stays referenced until the test ends


def shown(page: PeoplePage, column: int = 0) -> list[str]:
    table = page.list
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def select(page: PeoplePage, name: str) -> None:
    page.list.view.selectRow(shown(page).index(name))


def status(page: PeoplePage) -> str:
    window = page.window()
    assert isinstance(window, QMainWindow)
    return window.statusBar().currentMessage()


@pytest.fixture
def duplicates(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Answer the possible-duplicates dialog by pressing one of its buttons; records what it said."""
    seen: list[Any] = []

    def exec_(dialog: DuplicatesDialog) -> int:
        button = seen.pop(0)
        seen.append(dialog.message.text())
        seen.append([dialog.model.index(r, 6).data() for r in range(dialog.model.rowCount())])
        getattr(dialog, button).click()
        return int(dialog.result())

    monkeypatch.setattr(DuplicatesDialog, "exec", exec_)
    return seen


def fill(given: str, family: str, born: str = "", **more: str) -> Callable[[Any], None]:
    def filler(dialog: PersonDialog) -> None:
        dialog.given_names.setText(given)
        dialog.family_name.setText(family)
        dialog.date_of_birth.setText(born)
        for name, value in more.items():
            getattr(dialog, name).setPlainText(value) if name in ("aliases", "notes", "address") \
                else getattr(dialog, name).setText(value)
    return filler


def test_register_shows_age_flags_and_searches_aliases_and_accents(page: PeoplePage, qtbot: Any) -> None:
    assert shown(page) == ["Kelly Adams", "Dean Walsh", "Łukasz Wójcik"]  # by family name
    select(page, "Dean Walsh")
    row = shown(page).index("Dean Walsh")
    assert [page.list.proxy.index(row, c).data() for c in range(5)] == [
        "Dean Walsh", "23/07/2007", str(age_on(BORN, date.today())),
        "WD6 1AA", "Youth, Repeat"]
    qtbot.keyClicks(page.list.search, "lukasz")
    assert shown(page) == ["Łukasz Wójcik"]
    page.list.search.setText("deano")
    assert shown(page) == ["Dean Walsh"]
    page.list.search.setText("zzz")
    assert shown(page) == [] and "Nobody on the register matches" in page.list.empty_label.text()


def test_person_page_lists_links_and_shows_markup_as_typed(page: PeoplePage) -> None:
    select(page, "Dean Walsh")
    details = page.details
    assert "Dean Walsh" in details.heading.text() and "Youth, Repeat" in details.heading.text()
    assert "&lt;b&gt;Not bold&lt;/b&gt; &amp; 👍" in details.fields.text()
    assert [link.text for link in details.link_rows()] == [
        "PS-2026-003 Nuisance bikes (victim: ringleader)",
        "PS-2026-014 Street drinking at Shenley Road shops (offender: ringleader)"]
    assert details.tabs.tabText(1) == "&Linked to (2)"
    assert [h.action for h in details.history_rows()] == ["Added"]
    select(page, "Kelly Adams")
    assert details.link_rows() == [] and not details.links_empty.isHidden()


def test_add_a_person_with_ctrl_n(page: PeoplePage, dialogs: Any, qtbot: Any) -> None:
    dialogs.will(fill("محمد", "الحسن", "02/01/1975", aliases="أبو علي"))
    page.list.view.setFocus()
    page.new_record()
    assert "محمد الحسن" in shown(page)
    assert page.list.current_row().name == "محمد الحسن"
    assert page.list.current_row().aliases == ("أبو علي",)
    assert status(page) == "Added محمد الحسن to the register."


def test_bad_date_of_birth_is_shown_at_its_field(page: PeoplePage, dialogs: Any) -> None:
    errors: list[str] = []

    def filler(dialog: PersonDialog) -> None:
        fill("Ann", "Lee", "31/02/1990")(dialog)
        dialog.accept()
        errors.append(dialog.field_error("date_of_birth"))
        dialog.date_of_birth.setText("01/01/2999")
        dialog.accept()
        errors.append(dialog.field_error("date_of_birth"))
        dialog.reject()

    dialogs.will(filler)
    page.list.new_button.click()
    assert errors == ["'31/02/1990' is not a real date.",
                      "The date of birth 01/01/2999 is in the future."]
    assert "Ann Lee" not in shown(page)


def test_duplicate_warning_then_save_as_new(page: PeoplePage, dialogs: Any,
                                            duplicates: list[Any]) -> None:
    duplicates.append("new_button")
    dialogs.will(fill("Dene", "Walsh", "23/07/2007"))
    page.list.new_button.click()
    message, reasons = duplicates
    assert message.startswith("The register already has someone who may be Dene Walsh.")
    assert reasons == ["Same date of birth and similar name"]
    assert shown(page).count("Dene Walsh") == 1 and page.list.current_row().name == "Dene Walsh"


def test_duplicate_warning_then_open_existing(page: PeoplePage, dialogs: Any,
                                              duplicates: list[Any]) -> None:
    page.list.search.setText("kelly")
    duplicates.append("open_button")
    dialogs.will(fill("Lukasz", "Wojcik"))
    page.list.new_button.click()
    assert shown(page) == ["Kelly Adams", "Dean Walsh", "Łukasz Wójcik"]  # nothing added
    assert page.list.current_row().name == "Łukasz Wójcik"
    assert page.list.search.text() == ""
    assert status(page) == "Opened the existing record of Łukasz Wójcik; nothing new was saved."


def test_duplicate_warning_cancel_goes_back_to_the_form(page: PeoplePage, dialogs: Any,
                                                        duplicates: list[Any]) -> None:
    duplicates.append("cancel_button")
    still_open: list[bool] = []

    def filler(dialog: PersonDialog) -> None:
        fill("Kelly", "Adams")(dialog)
        dialog.accept()
        still_open.append(dialog.isVisible() or dialog.result() == 0)
        dialog.reject()

    dialogs.will(filler)
    page.list.new_button.click()
    assert still_open == [True]
    assert shown(page).count("Kelly Adams") == 1


def test_editing_without_changing_the_name_does_not_warn(page: PeoplePage, dialogs: Any,
                                                         qtbot: Any) -> None:
    select(page, "Kelly Adams")
    dialogs.will(lambda dialog: dialog.phone.setText("01923 000000"))
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Return)  # Enter edits; no duplicates dialog opens
    assert page.person is not None and page.person.data.phone == "01923 000000"


def test_merge_from_the_page(page: PeoplePage, dialogs: Any, messages: Any,
                             people_store: Store) -> None:
    with people_store.unit_of_work() as uow:
        svc.save_person(uow, svc.PersonInput("Walsh", "Dene", address="4 Shenley Road"))
    page.refresh()
    select(page, "Dene Walsh")
    compared: list[Any] = []

    def choose(dialog: MergeDialog) -> None:
        # The likely duplicate is offered first.
        compared.append(dialog.keep.itemText(0))
        compared.append(dialog.compare.item(3, 0).text())
        compared.append(dialog.compare.item(9, 1).text())

    dialogs.will(choose)
    page.merge_button.click()
    assert compared == [
        "Dean Walsh, born 23/07/2007 — nearly the same name", "4 Shenley Road",
        "PS-2026-003 Nuisance bikes (victim: ringleader)\n"
        "PS-2026-014 Street drinking at Shenley Road shops (offender: ringleader)"]
    assert messages.questions == ["Merge 'Dene Walsh' into 'Dean Walsh'? The links move to the kept "
                                  "record; this cannot be undone."]
    assert "Dene Walsh" not in shown(page)
    assert page.list.current_row().name == "Dean Walsh"
    assert page.person is not None and page.person.data.address == "4 Shenley Road"
    assert "Dene Walsh" in page.person.row.aliases
    assert any(h.merged and h.record_title == "Dene Walsh" for h in page.details.history_rows())
    assert status(page) == "Merged Dene Walsh into Dean Walsh."


def test_merge_is_not_done_when_the_user_says_no(page: PeoplePage, dialogs: Any,
                                                 messages: Any) -> None:
    select(page, "Kelly Adams")
    messages.answer = False
    dialogs.will(lambda dialog: dialog.reject() if dialog.accept() is None else None)
    page.merge_button.click()
    assert len(messages.questions) == 1
    assert shown(page) == ["Kelly Adams", "Dean Walsh", "Łukasz Wójcik"]


def test_delete_refused_while_linked_shows_the_sentence(page: PeoplePage, messages: Any,
                                                        qtbot: Any) -> None:
    select(page, "Dean Walsh")
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Delete)
    assert messages.questions == ["Delete Dean Walsh from the register?"]
    assert messages.errors == [
        "'Dean Walsh' cannot be deleted while linked to PS-2026-003 Nuisance bikes (victim: ringleader);"
        " PS-2026-014 Street drinking at Shenley Road shops (offender: ringleader). Take them off"
        " first, or merge this record into another."]
    assert "Dean Walsh" in shown(page)


def test_delete_and_ctrl_z_brings_the_person_back(page: PeoplePage, messages: Any,
                                                  people_store: Store) -> None:
    select(page, "Łukasz Wójcik")
    page.list.delete_button.click()
    assert "Łukasz Wójcik" not in shown(page)
    assert status(page) == "Deleted Łukasz Wójcik. Press Ctrl+Z to undo."
    page.undo_last_delete()
    assert "Łukasz Wójcik" in shown(page)
    assert status(page) == "Brought back Łukasz Wójcik."
    with people_store.unit_of_work() as uow:
        assert [p.aliases for p in svc.list_people(uow, "luke")] == [("Luke",)]
    assert messages.errors == []
