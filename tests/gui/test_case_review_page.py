"""The case reviews page driven through its real widgets on the demo store: an application from
receipt to published figures (the letter read back from the Word file, the figures from the CSV
and the PDF), the refusals that change nothing, and the 2025 guidance's prompt on a second report."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.case_review.case_reviews_page import CaseReviewsPage
from jagdesk.gui.widgets.ticks import tick
from jagdesk.services.case_review.figures import case_review_figures
from jagdesk.store.models import Action
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 4)  # the demo's story day in the tests


def shown(window: MainWindow) -> CaseReviewsPage:
    page = window.page(CaseReviewsPage)
    window.show_page(window.pages.index(page))
    page.today = TODAY
    page.refresh()
    return page


def set_day(edit: Any, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def choose(combo: Any, text: str) -> None:
    found = next(n for n in range(combo.count()) if combo.itemText(n).startswith(text))
    combo.setCurrentIndex(found)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))


def test_an_application_from_receipt_to_published_figures(
        window: MainWindow, dialogs: Any, messages: Any, demo_store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = shown(window)
    assert page.table.model.rowCount() == 3
    linked: list[str] = []

    def receive(dialog: Any) -> None:
        set_day(dialog.received_on, date(2021, 2, 15))
        choose(dialog.received_how, "Letter")
        choose(dialog.applicant, "Callum Frost")
        dialog.problem.setPlainText("Cars racing round the estate at night.")
        dialog.add_complaint(date(2020, 11, 10), date(2020, 11, 12), "Hertfordshire Constabulary", "41/1")
        dialog.add_complaint(date(2020, 12, 20), date(2020, 12, 21), "Hertsmere Borough Council", "ASB-9")
        dialog.add_complaint(date(2021, 2, 1), date(2021, 2, 3), "Hertfordshire Constabulary", "41/2")
        # The same incident reported to the council too: it counts once.
        dialog.add_complaint(date(2021, 2, 1), date(2021, 2, 2), "Hertsmere Borough Council", "ASB-10")
        tick(dialog.ui.hotspot_ids, "Shenley Road")
        intervention = dialog.ui.intervention_ids.item(0).text()
        tick(dialog.ui.intervention_ids, intervention)
        linked.append(intervention)

    dialogs.will(receive)
    window.new_action.trigger()
    line = page.table.current_row()
    reference = line.row.reference
    assert (line.applicant, line.row.status, line.threshold_text) == ("Callum Frost", "received",
                                                                       "met (to decide)")
    text = page.text.toPlainText()
    assert "the same incident reported to Hertsmere Borough Council already, counted once" in text
    assert "Shenley Road" in text and f"{linked[0].split()[0]}" in text  # the ASB intervention
    assert any(link.kind == "intervention" for link in page.detail.links)
    assert page.valid_steps(page.detail) == {"acknowledge", "decide", "contact", "edit", "figures"}
    assert "Give the applicant a single point of contact." in text
    dialogs.will(lambda d: choose(d.contact, "Daniel Okafor"))
    page.buttons["contact"].click()
    assert page.detail is not None and page.detail.contact == "Daniel Okafor"
    assert "Give the applicant a single point of contact." not in page.text.toPlainText()

    dialogs.will(lambda d: set_day(d.acknowledged_on, date(2021, 2, 17)))
    page.buttons["acknowledge"].click()

    def decide(dialog: Any) -> None:
        assert "3 qualifying complaints" in dialog.reasoning.toPlainText()
        assert not dialog.on_other_grounds.isEnabled()  # met by the complaints: no other grounds
        set_day(dialog.decided_on, date(2021, 2, 25))

    dialogs.will(decide)
    page.open_next_step()  # Enter: the next step is the decision
    assert page.table.current_row().threshold_text == "met"

    def arrange(dialog: Any) -> None:
        tick(dialog.contacts, "Priya Raman")
        tick(dialog.agencies, "Hertfordshire Constabulary")
        set_day(dialog.held_on, date(2021, 3, 3))
        dialog.venue.setText("Civic Offices")

    dialogs.will(arrange)
    page.buttons["arrange"].click()
    assert page.detail is not None and page.detail.review_meeting_id is not None
    assert "Priya Raman" in page.text.toPlainText()

    def hold(dialog: Any) -> None:
        set_day(dialog.held_on, date(2021, 3, 3))
        dialog.summary.setPlainText("Patrols and a traffic order.")
        row = dialog.add_recommendation("Police to patrol the estate on Friday nights", "Priya Raman")
        set_day(dialog.table.cellWidget(row, 2), date(2021, 3, 31))

    dialogs.will(hold)
    page.buttons["review"].click()
    detail = page.detail
    assert detail is not None and detail.review_held_on == date(2021, 3, 3)
    (recommendation,) = detail.recommendations
    assert (recommendation.owner, recommendation.due_on) == ("Priya Raman", date(2021, 3, 31))
    with demo_store.unit_of_work() as uow:  # an action of the review meeting, in the action log
        action = uow.get(Action, recommendation.action_id)
        assert action.agenda_item_id is not None and action.description.startswith("Police to patrol")

    letter = tmp_path / "letter.docx"
    save_to(monkeypatch, letter)
    dialogs.will(lambda d: set_day(d.sent_on, TODAY))
    page.buttons["outcome"].click()
    assert page.table.current_row().row.status == "outcome sent"
    words = "\n".join(p.text for p in Document(str(letter)).paragraphs)
    tables = "\n".join(c.text for t in Document(str(letter)).tables for r in t.rows for c in r.cells)
    assert reference in words and "Police to patrol the estate" in words + tables
    assert page.valid_steps(page.detail) == {"letter", "escalate", "contact", "edit", "figures"}

    with demo_store.unit_of_work() as uow:
        expected = case_review_figures(uow, date(2020, 4, 1), date(2021, 3, 31), TODAY)
    assert expected.reviews_with_recommendations >= 2  # the demo's and this one
    figures = tmp_path / "figures.csv"
    save_to(monkeypatch, figures)

    def export(dialog: Any) -> None:
        assert (dialog.first.date(), dialog.last.date()) == (QDate(2020, 4, 1), QDate(2021, 3, 31))
        assert "Applications received" in dialog.preview.toPlainText()

    dialogs.will(export)
    page.buttons["figures"].click()
    with figures.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == expected.header()
    assert rows[1:] == [[str(cell) for cell in row] for row in expected.body()]
    pdf = tmp_path / "figures.pdf"
    save_to(monkeypatch, pdf)
    dialogs.will(lambda d: d.format.setCurrentIndex(d.format.findData("pdf")))
    page.buttons["figures"].click()
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    words = reader.pages[0].extract_text().split()
    at = words.index("received")  # "Applications received" then its number
    assert words[at + 1] == str(expected.applications) == "4"
    assert messages.errors == []


def test_bad_input_is_refused_in_one_sentence_and_changes_nothing(
        window: MainWindow, dialogs: Any, messages: Any, demo_store: Store, store_rows: Any) -> None:
    page = shown(window)
    before = store_rows(demo_store)

    def no_complaints(dialog: Any) -> None:
        set_day(dialog.received_on, date(2021, 3, 1))

    def backwards(dialog: Any) -> None:
        dialog.add_complaint(date(2021, 2, 10), date(2021, 2, 9))

    def future(dialog: Any) -> None:
        set_day(dialog.received_on, date(2021, 3, 5))
        dialog.add_complaint(date(2021, 3, 1), date(2021, 3, 1))

    for filler, field, sentence in (
            (no_complaints, "complaints", "An application needs at least one complaint behind it."),
            (backwards, "complaints", "A complaint cannot be reported (9 Feb 2021) before its incident "
                                      "(10 Feb 2021)."),
            (future, "received_on", "The date received (5 Mar 2021) is in the future.")):
        dialogs.will(filler)
        window.new_action.trigger()
        assert dialogs.opened[-1].field_error(field) == sentence
    # A review dated before the decision on the hate-incident application (decided 01/03/2021).
    hate = next(r for r in page.table.model.rows() if "Dhillon" in r.applicant)
    page.table.select_id(hate.id)
    dialogs.will(lambda d: set_day(d.held_on, date(2021, 2, 26)))
    page.buttons["review"].click()
    assert dialogs.opened[-1].field_error("review_held_on") == (
        "The review (26 Feb 2021) is before the decision (1 Mar 2021).")
    assert store_rows(demo_store) == before
    # Met on other grounds needs the reason: a new application whose complaints do not meet it.
    dialogs.will(lambda d: d.add_complaint(date(2021, 3, 1), date(2021, 3, 1)))
    window.new_action.trigger()
    after_one = store_rows(demo_store)

    def other_grounds(dialog: Any) -> None:
        dialog.on_other_grounds.setChecked(True)

    dialogs.will(other_grounds)
    page.buttons["decide"].click()
    assert dialogs.opened[-1].field_error("other_grounds") == "Say why the threshold is met on other grounds."
    assert store_rows(demo_store) == after_one
    assert messages.errors == []
    # Entered by mistake: deleted after a question, the store as it was before it.
    page.table.delete_button.click()
    assert messages.questions[-1].startswith("Delete the case review application CR-2021-004")
    assert page.table.model.rowCount() == 3
    kept = ("audit_entry", "reference_sequence")  # the trail of the delete; the reference not reused
    assert {k: v for k, v in store_rows(demo_store).items() if k not in kept} == {
        k: v for k, v in before.items() if k not in kept}


def test_a_second_report_in_six_months_prompts_the_case_review_and_a_contact(
        window: MainWindow, dialogs: Any) -> None:
    page = shown(window)
    seen: list[str] = []

    def first_report(dialog: Any) -> None:
        choose(dialog.applicant, "Callum Frost")
        dialog.add_complaint(date(2021, 3, 1), date(2021, 3, 1), "Hertfordshire Constabulary")
        assert dialog.prompt_label.isHidden()
        # The same incident reported to the council too: still one report.
        dialog.add_complaint(date(2021, 3, 1), date(2021, 3, 2), "Hertsmere Borough Council")
        assert dialog.prompt_label.isHidden()
        set_day(dialog.complaints.cellWidget(1, 0), date(2021, 2, 20))  # another incident
        seen.append(dialog.prompt_label.text())
        assert not dialog.prompt_label.isHidden()
        dialog.reject()

    def after_an_earlier_application(dialog: Any) -> None:
        choose(dialog.applicant, "Harbans Kaur Dhillon")  # her hate incident of 15/02/2021
        dialog.add_complaint(date(2021, 2, 15), date(2021, 2, 18), "Hertsmere Borough Council")
        assert dialog.prompt_label.isHidden()  # the incident she has reported already
        set_day(dialog.complaints.cellWidget(0, 0), date(2021, 3, 2))
        seen.append(dialog.prompt_label.text())
        dialog.reject()

    for filler in (first_report, after_an_earlier_application):
        dialogs.will(filler)
        window.new_action.trigger()
    assert page.table.model.rowCount() == 3
    assert all(text.startswith("This is a second report of anti-social behaviour in six months: tell "
                               "the victim about the ASB case review") and
               text.endswith("Give the applicant a single point of contact.") for text in seen)


def test_the_page_at_1366_by_700_shows_every_column_and_button_whole(window: MainWindow) -> None:
    window.resize(1366, 700)
    page = shown(window)
    page.table.view.selectRow(0)
    view, header = page.table.view, page.table.view.horizontalHeader()
    for column in range(view.model().columnCount()):
        end = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert end <= view.viewport().width() + 1
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)
    for name, button in page.buttons.items():
        assert button.width() >= button.sizeHint().width(), name
    assert page.detail is not None and page.detail.reference in page.text.toPlainText()
