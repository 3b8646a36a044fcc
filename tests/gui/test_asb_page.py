"""The ASB powers page driven through its real widgets on the demo store: a person taken from a
warning letter through an ABC, a breach and the injunction it suggests; refusals shown as one
sentence that change nothing; the person's and the case's panels opening the register."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from PySide6.QtCore import QDate

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.asb.asb_page import AsbPage
from jagdesk.gui.pages.people.people_page import PeoplePage
from jagdesk.gui.pages.problem_solving.cases_page import CasesPage
from jagdesk.services.asb.letters_sent import list_letters
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.types import Filter
from jagdesk.services.people.people import list_people
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 4)  # the demo's day in the tests


def shown(window: MainWindow, kind: type[Any]) -> Any:
    page = window.page(kind)
    window.show_page(window.pages.index(page))
    return page


def pick(combo: Any, value: object) -> None:
    found = next(i for i in range(combo.count()) if combo.itemData(i) == value)
    combo.setCurrentIndex(found)


def set_day(edit: Any, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def person(store: Store, name: str) -> uuid.UUID:
    with store.unit_of_work("t") as uow:
        return next(row.id for row in list_people(uow, name) if row.name == name)


def register(store: Store, person_id: uuid.UUID) -> list[tuple[str, str]]:
    with store.unit_of_work("t") as uow:
        return [(row.kind, row.status)
                for row in reversed(list_interventions(uow, Filter(person_id=person_id), TODAY))]


def step(page: AsbPage, dialogs: Any, status: str, day: date) -> None:
    dialogs.will(lambda dialog: set_day(dialog.ui.changed_on, day))
    page.step_buttons[status].click()
    assert page.current().status == status


def test_a_person_from_a_warning_letter_through_an_abc_and_a_breach_to_an_injunction(
        window: MainWindow, demo_store: Store, dialogs: Any, messages: Any, tmp_path: Path) -> None:
    page: AsbPage = shown(window, AsbPage)
    page.today = TODAY
    lee = person(demo_store, "Lee Hartnell")
    before = register(demo_store, lee)
    letters = tmp_path / "letters"
    letters.mkdir()

    def warning(dialog: Any) -> None:
        pick(dialog.ui.kind, "warning letter 1")
        pick(dialog.ui.person_id, lee)
        assert dialog.form.isRowVisible(dialog.ui.person_id.parentWidget())
        assert not dialog.form.isRowVisible(dialog.ui.hearing_at.parentWidget())
        dialog.ui.summary.setPlainText("Shouting at neighbours on Aycliffe Road.")

    dialogs.will(warning)
    page.new_button.click()
    assert (page.current().kind, page.current().status) == ("warning letter 1", "drafted")
    step(page, dialogs, "sent", TODAY)

    def letter(dialog: Any) -> None:
        assert dialog.ui.template.currentData() == "warning-letter-1"
        assert dialog.ui.person_id.currentData() == lee
        dialog.ui.folder.setText(str(letters))

    dialogs.will(letter)
    page.buttons["letter"].click()
    [written] = letters.iterdir()
    assert written.name.endswith("Lee Hartnell.docx")
    text = "\n".join(paragraph.text for paragraph in Document(str(written)).paragraphs)
    assert "Lee Hartnell" in text and "{{" not in text
    assert "warning-letter-1 written on 04/03/2021" in page.text.toPlainText()

    def abc(dialog: Any) -> None:
        pick(dialog.ui.kind, "ABC")
        pick(dialog.ui.person_id, lee)
        assert not dialog.form.isRowVisible(dialog.ui.comply_by.parentWidget())

    dialogs.will(abc)
    page.new_button.click()
    assert page.current().status == "proposed"
    assert set(page.step_buttons) == {"offered", "withdrawn"}
    step(page, dialogs, "offered", TODAY)
    step(page, dialogs, "signed", TODAY)
    assert page.current().ends_on == date(2021, 9, 4)  # an ABC's 6 months from signing
    dialogs.will(lambda dialog: dialog.ui.text.setPlainText("Not to enter Aycliffe Road"))
    page.buttons["term"].click()
    assert "Prohibition: Not to enter Aycliffe Road." in page.text.toPlainText()

    def breach(dialog: Any) -> None:
        assert dialog.ui.term_id.currentText() == "Prohibition: Not to enter Aycliffe Road"
        dialog.ui.reported_by.setText("PC Aisha Rahman")
        dialog.ui.evidence.setPlainText("Seen on Aycliffe Road on body-worn video.")

    dialogs.will(breach)
    page.buttons["breach"].click()
    assert page.suggestion.isVisible() and "Consider a civil injunction" in page.suggestion.text()
    assert page.suggest_button.text() == "Start a Civil Injunction for Lee Hartnell…"
    assert "Breached on 04/03/2021 (Not to enter Aycliffe Road), reported by PC Aisha Rahman; not yet " \
           "acted on." in page.text.toPlainText()

    def injunction(dialog: Any) -> None:
        assert dialog.ui.kind.currentData() == "civil injunction"
        assert dialog.ui.person_id.currentData() == lee
        assert dialog.form.isRowVisible(dialog.ui.housing.parentWidget())

    dialogs.will(injunction)
    page.suggest_button.click()
    assert (page.current().kind, page.current().status) == ("civil injunction", "applied for")
    step(page, dialogs, "granted", date(2021, 3, 18))
    assert register(demo_store, lee) == [*before, ("warning letter 1", "sent"), ("ABC", "signed"),
                                         ("civil injunction", "granted")]
    with demo_store.unit_of_work("t") as uow:
        assert len(list_letters(uow, lee)) == 1
    assert messages.errors == []


def test_refusals_are_one_sentence_in_the_dialog_and_change_nothing(
        window: MainWindow, demo_store: Store, dialogs: Any, messages: Any) -> None:
    page: AsbPage = shown(window, AsbPage)
    page.today = TODAY
    lee = person(demo_store, "Lee Hartnell")
    before = register(demo_store, lee)
    seen: list[str] = []

    def respect_order(dialog: Any) -> None:
        pick(dialog.ui.kind, "Respect Order")
        pick(dialog.ui.person_id, lee)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen.append(dialog.general_error.text())
        dialog.reject()

    def nobody(dialog: Any) -> None:
        pick(dialog.ui.kind, "ABC")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen.append(dialog.field_error("person"))
        dialog.reject()

    def too_short(dialog: Any) -> None:
        pick(dialog.ui.kind, "CBO")
        pick(dialog.ui.person_id, lee)
        dialog.ui.ends_on.set_value(date(2022, 3, 4))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen.append(dialog.general_error.text())
        dialog.reject()

    for filler in (respect_order, nobody, too_short):
        dialogs.will(filler)
        page.new_button.click()
    assert seen == [
        "The Respect Order has not commenced: its commencement date is not yet in the reference data "
        "of the powers, so none can be recorded.",
        "Choose the person an Acceptable Behaviour Contract is about.",
        "A Criminal Behaviour Order lasts at least 2 years or runs until further order: from 4 Mar 2021 "
        "it must end on or after 4 Mar 2023.",
    ]
    assert register(demo_store, lee) == before
    assert messages.errors == []


def test_the_persons_and_the_cases_panels_open_the_register_at_the_record(
        window: MainWindow, demo_store: Store) -> None:
    people: PeoplePage = shown(window, PeoplePage)
    reece = person(demo_store, "Reece Donovan")
    assert people.show_person(reece)
    rows = people.asb.rows()
    assert [row.kind for row in rows] == ["civil injunction", "ABC"]
    assert people.details.tabs.tabText(people.details.tabs.indexOf(people.asb)) == "AS&B (2)"
    assert "not yet acted on" in people.asb.breaches.text()
    people.asb.table.selectRow(1)
    people.asb.open_button.click()
    page = window.current_page()
    assert isinstance(page, AsbPage) and page.current().id == rows[1].id
    cases: CasesPage = shown(window, CasesPage)
    with demo_store.unit_of_work("t") as uow:
        linked = next(row for row in list_interventions(uow, today=TODAY) if row.kind == "civil injunction")
    cases.list.view.selectRow(0)
    for position in range(cases.list.proxy.rowCount()):
        cases.list.view.selectRow(position)
        if cases.asb.rows():
            break
    assert linked.id in [row.id for row in cases.asb.rows()]
    cases.asb.table.selectRow([row.id for row in cases.asb.rows()].index(linked.id))
    cases.asb.open_button.click()
    assert window.current_page().current().id == linked.id


def test_the_settings_are_refused_in_one_sentence_then_saved_and_the_register_follows_them(
        window: MainWindow, demo_store: Store, dialogs: Any, messages: Any) -> None:
    page: AsbPage = shown(window, AsbPage)
    page.today = TODAY
    refused: list[str] = []

    def review_after_the_end(dialog: Any) -> None:
        dialog.ui.abc_review_months.setValue(9)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        refused.append(dialog.field_error("abc_review_months"))
        dialog.ui.abc_months.setValue(12)
        dialog.ui.abc_review_months.setValue(4)

    rows = [page.model.row_at(position) for position in range(page.model.rowCount())]
    abc = next(row for row in rows if row is not None and row.kind == "ABC" and row.status == "in force"
               and row.starts_on is not None)
    dialogs.will(review_after_the_end)
    page.settings_button.click()
    assert refused == ["An ABC is reviewed before it ends: the review is at most its length."]
    with demo_store.unit_of_work("t") as uow:
        [row] = list_interventions(uow, Filter(ids=(abc.id,)), TODAY)
    assert row.next_review_on is not None and (row.next_review_on.month - abc.starts_on.month) % 12 == 4
    assert page.select(abc.id) and page.current().next_review_on == row.next_review_on
    assert messages.errors == []


def test_residents_letters_to_a_road_written_as_one_document_for_a_mail_merge(
        window: MainWindow, dialogs: Any, messages: Any, tmp_path: Path) -> None:
    page: AsbPage = shown(window, AsbPage)
    page.today = TODAY
    refused: list[str] = []

    def roads(dialog: Any) -> None:
        assert dialog.ui.template.currentData() == "residents-letter"
        pick(dialog.ui.recipient, "roads")
        dialog.ui.folder.setText(str(tmp_path))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        refused.append(dialog.field_error("roads"))
        dialog.ui.roads.setText("Shenley Road:1-3")
        dialog.ui.merge.setChecked(True)

    dialogs.will(roads)
    page.letters_button.click()
    assert refused == ["Name at least one road, as Shenley Road or Shenley Road:1-40."]
    [merged] = [path for path in tmp_path.iterdir() if path.suffix == ".docx"]
    text = "\n".join(paragraph.text for paragraph in Document(str(merged)).paragraphs)
    assert all(f"{number} Shenley Road" in text for number in (1, 2, 3))
    assert messages.errors == []
