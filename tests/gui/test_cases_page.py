"""The problem-solving page, driven through its real widgets and dialogs on a real SQLite store:
the demo partnership with its people and hotspots, and incidents at the Shenley Road parade from
March to August 2021 (see hotspot_store)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.errors import ConflictError
from jagdesk.gui.dialogs.problem_solving import close_case_dialog
from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.dialogs.problem_solving.close_case_dialog import CloseCaseDialog
from jagdesk.gui.dialogs.problem_solving.link_person_dialog import LinkPersonDialog
from jagdesk.gui.dialogs.problem_solving.new_case_dialog import NewCaseDialog
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.pages.problem_solving.cases_page import CasesPage
from jagdesk.gui.widgets.optional_date import OptionalDate
from jagdesk.services.problem_solving import cases as svc
from jagdesk.store.opening import Store
from tests.support.hotspot_store import PARADE
from tests.support.on_screen import activate, page_window

OWNER = "Daniel Okafor"  # at Hertsmere Borough Council in the demo
PERSON = "Tyler Bishop"


@pytest.fixture
def store(hotspot_copy: Store) -> Store:
    return hotspot_copy


@pytest.fixture
def page(qtbot: Any, store: Store) -> Iterator[CasesPage]:
    shown = CasesPage(store)
    window = page_window(qtbot, shown, active=True)  # focus and shortcuts act in the active window only
    yield shown
    window.close()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def choose(combo: Any, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip().startswith(text))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as when the user picks it


def set_date(field: OptionalDate, day: date | None) -> None:
    field.set_value(day)


def cells(table: Any, column: int) -> list[str]:
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def new_case(page: CasesPage, dialogs: Any, fill: Callable[[NewCaseDialog], None] | None = None) -> None:
    def filler(dialog: Any) -> None:
        assert isinstance(dialog, NewCaseDialog)
        dialog.name.setText("Youths gathering at the parade")
        dialog.behaviour.setPlainText("Groups of youths shouting at and abusing shop staff")
        dialog.place.setPlainText("Shenley Road parade, by the Co-op")
        dialog.time_pattern.setPlainText("Weekday evenings, 6pm to 10pm")
        dialog.opened_on.setDate(QDate(2021, 2, 1))
        choose(dialog.owner, OWNER)
        set_date(dialog.review_on, date(2021, 9, 1))
        if fill:
            fill(dialog)

    dialogs.will(filler)
    page.new_record()


def test_a_new_user_takes_a_problem_from_first_report_to_a_closed_case(
        qtbot: Any, page: CasesPage, dialogs: Any, messages: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Opening the case.
    new_case(page, dialogs)
    assert page.view is not None
    case = page.view.detail
    assert case.reference.startswith("PS-2021-") and case.owner_name == OWNER
    assert page.list.current_row().id == case.id
    assert case.reference in page.heading.text()
    assert page.tabs.currentWidget() is page.overview
    assert page.overview.name.text() == "Youths gathering at the parade"

    # Objective: what success is.
    page.tabs.setCurrentWidget(page.objective)
    page.objective.objective.setPlainText("Staff can work without abuse")
    page.objective.target.setText("Half the reports of ASB at the parade")
    page.objective.target.textEdited.emit("Half the reports of ASB at the parade")
    assert page.objective.save_button.isEnabled()
    page.objective.save_button.click()
    assert not messages.errors
    assert page.view.detail.objective == "Staff can work without abuse"
    assert not page.objective.save_button.isEnabled()

    # Analysis: a person on the offender side, the parade on the location side.
    page.tabs.setCurrentWidget(page.analysis)
    offender = page.analysis.sections[Side.OFFENDER]

    def link(dialog: Any) -> None:
        assert isinstance(dialog, LinkPersonDialog)
        dialog.search.setText("bishop")
        assert dialog.choose(PERSON)
        dialog.role.setText("Ringleader")

    dialogs.will(link)
    offender.link_button.click()
    assert [offender.people.item(i).text() for i in range(offender.people.count())] == [
        f"{PERSON} — Ringleader" + next((f" ({p.flags_text})" for p in page.view.detail.people
                                         if p.flags_text), "")]
    assert page.view.triangle.offender.linked == (PERSON,)
    places = page.analysis.sections[Side.LOCATION].hotspots
    assert places is not None
    item = next(places.item(i) for i in range(places.count()) if places.item(i).text() == PARADE)
    item.setCheckState(Qt.CheckState.Checked)
    page.analysis.sections[Side.LOCATION].description.setPlainText("Dark service road behind the shops")
    page.analysis.save_button.click()
    assert not messages.errors
    assert [h.name for h in page.view.detail.hotspots] == [PARADE]
    assert page.analysis.triangle.side_data(Side.LOCATION).linked == (PARADE,)
    assert PARADE in page.overview.hotspots.text()
    # Scanning now has the parade's incidents by month.
    assert page.scanning.monthly.figures.rowCount() > 1
    assert page.scanning.monthly.figures.headerData(1, Qt.Orientation.Horizontal) == PARADE

    # Clicking a side of the triangle opens it.
    page.tabs.setCurrentWidget(page.overview)
    page.analysis.triangle.sideClicked.emit("offender")
    assert page.tabs.currentWidget() is page.analysis
    assert offender.description.hasFocus()

    # Response: an action with its technique and owner, and an update on it.
    page.tabs.setCurrentWidget(page.response)
    seen: list[str] = []

    def action(dialog: Any) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.description.setPlainText("Youth outreach sessions at the parade")
        choose(dialog.side, "Offender")
        choose(dialog.technique, "Neutralise peer pressure")
        choose(dialog.owner, OWNER)
        seen.append(dialog.agency.text())  # the agency follows the owner
        set_date(dialog.due_on, date(2021, 6, 30))

    dialogs.will(action)
    page.response.action_table.new_button.click()
    assert seen == ["Hertsmere Borough Council"]
    table = page.response.action_table
    assert cells(table, 2) == ["Offender"]
    assert cells(table, 3) == ["Neutralise peer pressure"]
    assert cells(table, 4) == [OWNER]
    assert cells(table, 5) == ["30/06/2021"]
    assert page.tabs.tabText(4) == "Res&ponse (1)"
    table.view.selectRow(0)

    def update(dialog: Any) -> None:
        assert isinstance(dialog, UpdateDialog)
        dialog.written_on.setDate(QDate(2021, 5, 20))
        dialog.text.setPlainText("First session held; eight young people came.")

    dialogs.will(update)
    page.response.update_button.click()
    assert "eight young people came" in page.response.updates.toPlainText()
    assert "20/05/2021" in page.response.updates.toPlainText()

    # Assessment: the periods before and after the response, and the figures.
    page.tabs.setCurrentWidget(page.assessment)
    tab = page.assessment
    set_date(tab.started, date(2021, 5, 3))
    set_date(tab.ended, date(2021, 5, 28))
    tab.suggest_button.click()  # three months either side
    assert (tab.before_from.value(), tab.before_to.value()) == (date(2021, 2, 1), date(2021, 4, 1))
    set_date(tab.before_from, date(2021, 3, 1))  # the data starts in March: two months each
    set_date(tab.after_to, date(2021, 7, 1))
    choose(tab.result, "Improved")
    tab.save_button.click()
    assert not messages.errors, messages.errors
    figures = page.view.before_after
    assert figures is not None and (figures.before, figures.after) > (0, 0)
    text = tab.figures.text()
    assert "Mar 2021 – Apr 2021" in text and "Jun 2021 – Jul 2021" in text
    assert f"<b>{figures.before:,}</b>" in text and f"<b>{figures.after:,}</b>" in text
    assert f"{figures.change:+,}" in text

    # Closing with the action still open: asked what becomes of it; cancel it.
    asked: list[int] = []
    monkeypatch.setattr(close_case_dialog, "ask_open_actions",
                        lambda _parent, count: asked.append(count) or "cancel")

    def close(dialog: Any) -> None:
        assert isinstance(dialog, CloseCaseDialog)
        dialog.closed_on.setDate(QDate(2021, 8, 31))
        dialog.reason.setPlainText("Reports down; the outreach continues under the youth service.")

    dialogs.will(close)
    page.tabs.setCurrentWidget(page.overview)
    page.overview.close_button.click()
    assert asked == [1]
    assert not messages.errors
    assert page.view.detail.status == "closed"
    assert page.overview.reopen_button.isVisible() and not page.overview.close_button.isVisible()
    assert "Closed on 31/08/2021" in page.heading.text()
    assert cells(page.response.action_table, 6) == ["Cancelled"]


def test_bad_input_shows_the_sentence_at_the_field_and_saves_nothing(
        page: CasesPage, dialogs: Any, messages: Any, store: Store,
        store_rows: Callable[[Store], Any]) -> None:
    # A new case without a title.
    before = store_rows(store)
    new_case(page, dialogs, lambda dialog: dialog.name.setText("  "))
    dialog = dialogs.opened[-1]
    assert dialog.field_error("name")
    assert store_rows(store) == before

    # An objective due before the case was opened.
    new_case(page, dialogs)
    assert page.view is not None
    page.tabs.setCurrentWidget(page.objective)
    set_date(page.objective.due_on, date(2020, 12, 25))
    before = store_rows(store)
    page.objective.save_button.click()
    assert page.objective.field_error("objective_due_on") == (
        "The objective's target date (25 Dec 2020) is before the case was opened (1 Feb 2021).")
    assert page.objective.dirty  # the user's entry stays, to correct
    assert store_rows(store) == before

    # An assessment period that overlaps the response.
    page.tabs.setCurrentWidget(page.assessment)
    set_date(page.assessment.started, date(2021, 5, 3))
    set_date(page.assessment.ended, date(2021, 5, 28))
    set_date(page.assessment.before_from, date(2021, 4, 1))
    set_date(page.assessment.before_to, date(2021, 5, 1))
    set_date(page.assessment.after_from, date(2021, 6, 1))
    set_date(page.assessment.after_to, date(2021, 7, 1))
    page.assessment.save_button.click()
    assert page.assessment.field_error("before_to").startswith(
        "The before period overlaps the response")
    assert store_rows(store) == before

    # An action due before the case was opened: the dialog stays open with the reason.
    page.tabs.setCurrentWidget(page.response)

    def early(dialog: Any) -> None:
        dialog.description.setPlainText("Lighting survey")
        set_date(dialog.due_on, date(2021, 1, 5))

    dialogs.will(early)
    page.response.action_table.new_button.click()
    assert dialogs.opened[-1].field_error("due_on").startswith("The action is due before")
    assert store_rows(store) == before
    assert not messages.errors


def test_a_colleagues_newer_change_is_refused_and_the_entry_kept(
        page: CasesPage, dialogs: Any, messages: Any, store: Store) -> None:
    new_case(page, dialogs)
    assert page.view is not None
    case = page.view.detail
    with store.unit_of_work() as uow:  # a colleague saves the case first
        svc.save_case(uow, replace_input(case, objective="Theirs"), case.id, case.version)
    page.objective.objective.setPlainText("Mine")
    page.objective.save_button.click()
    assert len(messages.errors) == 1
    with pytest.raises(ConflictError) as refused, store.unit_of_work() as uow:
        svc.save_case(uow, replace_input(case, objective="Mine"), case.id, case.version)
    assert messages.errors == [str(refused.value)]
    assert page.objective.objective.toPlainText() == "Mine"
    with store.unit_of_work() as uow:
        assert svc.get_case(uow, case.id).objective == "Theirs"


def replace_input(case: svc.CaseDetail, **changes: Any) -> svc.CaseInput:
    from dataclasses import replace

    return replace(case.as_input(), **changes)


def test_lists_cases_by_status_with_late_reviews_in_red_and_an_empty_case_state(
        page: CasesPage) -> None:
    references = cells(page.list, 0)
    assert references and all(ref.startswith("PS-") for ref in references)
    assert "Closed" not in cells(page.list, 2)  # "Not closed" is the first choice
    page.status_filter.setCurrentIndex(page.status_filter.findText("Closed"))
    assert set(cells(page.list, 2)) == {"Closed"}
    page.status_filter.setCurrentIndex(page.status_filter.findText("All statuses"))
    assert len(cells(page.list, 0)) > len(references)
    page.list.view.clearSelection()
    assert page.body.currentWidget() is page.none_selected
    late = next(r for r in range(page.list.proxy.rowCount())
                if page.list.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).review_overdue)
    colour = page.list.proxy.index(late, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == "#b00020"


def test_ctrl_s_saves_the_tab_and_leaving_unsaved_changes_is_asked(
        qtbot: Any, page: CasesPage, dialogs: Any, messages: Any) -> None:
    new_case(page, dialogs)
    assert page.view is not None
    first = page.view.detail
    page.tabs.setCurrentWidget(page.objective)
    activate(qtbot, page.window())  # focus and shortcuts act in the active window only
    page.objective.objective.setFocus()
    qtbot.keyClicks(page.objective.objective, "Fewer complaints")
    qtbot.keyClick(page.objective.objective, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.view.detail.objective == "Fewer complaints"
    page.objective.measure.setPlainText("Calls to the council")
    other = next(r for r in range(page.list.proxy.rowCount())
                 if page.list.proxy.index(r, 0).data() != first.reference)
    messages.answer = False  # stay on the case
    page.list.view.selectRow(other)
    assert messages.questions == [
        f"Leave {first.reference} without saving your changes on the Objective tab?"]
    assert page.view.detail.id == first.id and page.list.current_row().id == first.id
    assert page.objective.measure.toPlainText() == "Calls to the council"
    messages.answer = True
    page.list.view.selectRow(other)
    assert page.view.detail.id != first.id
    assert not page.objective.dirty


def test_a_deleted_action_comes_back_with_ctrl_z(page: CasesPage, dialogs: Any, messages: Any) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findText("All statuses"))
    page.list.view.selectRow(0)
    assert page.view is not None
    before = cells(page.response.action_table, 0)
    assert before
    page.response.action_table.view.selectRow(0)
    removed = page.response.action_table.current_row()
    page.response.action_table.delete_button.click()
    assert messages.questions == [f"Delete the action {removed.reference} and its updates?"]
    assert len(cells(page.response.action_table, 0)) == len(before) - 1
    page.undo_last_delete()
    assert sorted(cells(page.response.action_table, 0)) == sorted(before)


def test_exports_the_case_sheet(page: CasesPage, tmp_path: Path, messages: Any) -> None:
    pytest.importorskip("jagdesk.exports.problem_solving.case_sheet_pdf")
    page.list.view.selectRow(0)
    target = tmp_path / "sheet.pdf"
    assert page.export_sheet(target), messages.errors
    assert target.read_bytes().startswith(b"%PDF")
