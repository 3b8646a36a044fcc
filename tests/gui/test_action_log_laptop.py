"""The action log page in the main window at 1366 x 700 on a real SQLite store (the demo
partnership: its Hertsmere JAG meetings and its cases, see hotspot_store): new actions, the selected
action in full, one date format, and the filtered log exported (Word, PDF, CSV) and printed, each
file read back."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.meetings.action_log import CSV_HEADER, HEADER
from jagdesk.gui.dialogs.meetings.log_action_dialog import LogActionDialog
from jagdesk.gui.pages.meetings.action_log_page import ActionLogPage
from jagdesk.services.meetings import list_meetings
from jagdesk.services.meetings.action_log import action_log
from jagdesk.services.problem_solving.actions import list_updates
from jagdesk.store.opening import Store
from tests.support.on_screen import LAPTOP, laptop_window, show_page

JANUARY = "Hertsmere JAG, January 2021"  # four actions, one still open (so overdue)
SHORT_DATE = re.compile(r"^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$")
NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


@pytest.fixture
def store(hotspot_copy: Store) -> Store:
    return hotspot_copy


@pytest.fixture
def page(qtbot: Any, store: Store) -> Iterator[ActionLogPage]:
    window = laptop_window(qtbot, store)
    yield show_page(window, ActionLogPage)
    window.close()


def choose(combo: Any, text: str) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemText(i).strip().startswith(text)))


def refs(page: ActionLogPage) -> list[str]:
    return [page.table.proxy.index(r, 0).data() for r in range(page.table.proxy.rowCount())]


def meeting_of(store: Store, name: str) -> Any:
    with store.unit_of_work() as uow:
        return next(m for m in list_meetings(uow) if m.name == name)


def test_a_new_action_at_a_meeting_or_on_a_case(page: ActionLogPage, store: Store, dialogs: Any,
                                                messages: Any) -> None:
    assert page.table.new_button.isVisible() and page.table.new_button.isEnabled()
    january = meeting_of(store, JANUARY)

    def at_meeting(dialog: Any) -> None:
        assert isinstance(dialog, LogActionDialog)
        choose(dialog.home, JANUARY)
        assert dialog.form.isRowVisible(dialog.item.parentWidget()) and dialog.item.count() > 1
        dialog.item.setCurrentIndex(dialog.item.count() - 1)
        dialog.description.setPlainText("Write to the parish councils about the newsletter")
        choose(dialog.owner, "Priya Raman")
        assert dialog.agency_choice is not None and not dialog.agency_choice.isEnabled()
        assert dialog.agency_choice.currentText() == "Hertsmere Borough Council"  # the owner's
        dialog.due_on.set_value(date(2021, 2, 28))

    dialogs.will(at_meeting)
    page.table.new_button.click()
    assert not messages.errors
    row = page.table.current_row()
    assert row.reference.startswith("JAG-2021-01/") and row.meeting_id == january.id
    assert (row.owner, row.agency, row.due_on) == ("Priya Raman", "Hertsmere Borough Council",
                                                   date(2021, 2, 28))

    def on_case(dialog: Any) -> None:
        choose(dialog.home, "PS-2021-002")
        assert not dialog.form.isRowVisible(dialog.item.parentWidget())  # a case has no agenda
        dialog.description.setPlainText("Patrols of the car park on Friday nights")
        choose(dialog.agency_choice, "Hertfordshire Constabulary")  # no one named yet
        dialog.due_on.set_value(date(2021, 5, 1))

    dialogs.will(on_case)
    page.new_record()  # Ctrl+N
    assert not messages.errors
    row = page.table.current_row()
    assert row.reference.startswith("PS-2021-002/") and row.case_reference == "PS-2021-002"
    assert (row.owner, row.agency) == ("", "Hertfordshire Constabulary")
    with store.unit_of_work() as uow:
        stored = {r.reference: r for r in action_log(uow)}
    assert stored[row.reference].description == "Patrols of the car park on Friday nights"

    # With a meeting chosen in the filter, the new action is offered for that meeting first.
    choose(page.meeting, JANUARY)
    offered: list[str] = []

    def look(dialog: Any) -> None:
        offered.append(dialog.home.currentText().strip())
        dialog.reject()

    dialogs.will(look)
    page.table.new_button.click()
    assert offered == [f"{JANUARY} (14 Jan 2021)"]


def test_the_selected_action_is_shown_in_full_with_its_updates(page: ActionLogPage,
                                                               store: Store) -> None:
    rows = page.table.model.rows()
    longest = max(rows, key=lambda r: len(r.description) + len(r.latest_update))
    page.table.select_id(longest.id)
    text = page.detail.toPlainText()
    with store.unit_of_work() as uow:
        updates = list_updates(uow, longest.id)
    assert longest.reference in text and longest.description in text
    assert updates and all(u.text in text and day_text(u.written_on) in text for u in updates)
    assert f"Owner: {longest.owner} ({longest.agency})" in text
    assert page.detail.isVisible() and page.detail.height() >= 80
    page.table.view.clearSelection()
    assert "Select an action" in page.detail.toPlainText()


def test_every_date_on_the_page_is_the_short_date(page: ActionLogPage) -> None:
    choose(page.status, "Any status")
    proxy = page.table.proxy
    shown = [[str(proxy.index(r, c).data() or "") for c in range(proxy.columnCount())]
             for r in range(proxy.rowCount())]
    assert shown
    assert not [cell for row in shown for cell in row if NUMERIC_DATE.search(cell)]
    dues = [row[4] for row in shown if row[4]]
    assert dues and all(SHORT_DATE.match(due) for due in dues), dues[:3]
    updates = [row[7].split(":", 1)[0] for row in shown if row[7]]
    assert updates and all(SHORT_DATE.match(day) for day in updates)
    meetings = [page.meeting.itemText(i) for i in range(1, page.meeting.count())]
    assert meetings and all(SHORT_DATE.match(m.rsplit("(", 1)[1].rstrip(")")) for m in meetings)
    page.table.view.selectRow(0)
    assert not NUMERIC_DATE.search(page.detail.toPlainText())
    row = page.table.current_row()
    assert f"Due: {day_text(row.due_on)}" in page.detail.toPlainText()


def test_the_filtered_log_exports_to_word_pdf_and_csv(page: ActionLogPage, store: Store,
                                                      tmp_path: Path, messages: Any) -> None:
    january = meeting_of(store, JANUARY)
    choose(page.meeting, JANUARY)
    choose(page.status, "Any status")
    shown = refs(page)
    assert len(shown) == 4
    for suffix in (".docx", ".pdf", ".csv"):
        assert page.export_log(tmp_path / f"log{suffix}"), messages.errors
    scope = f"All actions agreed at {JANUARY} (14 Jan 2021)"

    document = docx.Document(str(tmp_path / "log.docx"))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == HEADER
    assert [row.cells[0].text for row in table.rows[1:]] == shown
    rows = {r.reference: r for r in page.table.model.rows()}
    for row in table.rows[1:]:
        action = rows[row.cells[0].text]
        assert row.cells[1].text == action.description  # one meeting: no "Agreed at" line
        assert row.cells[2].text == action.owner_and_agency
        assert row.cells[3].text == day_text(action.due_on)
        assert row.cells[4].text == ("Overdue" if action.overdue else action.status.capitalize())
        assert row.cells[5].text == (action.latest_update or "—")
    section = document.sections[0]
    assert section.header.paragraphs[0].text == january.marking
    assert section.footer.paragraphs[0].text == january.marking
    footer_xml = section.footer._element.xml
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml  # Page X of Y
    assert any(p.text == scope for p in document.paragraphs)

    reader = pypdf.PdfReader(tmp_path / "log.pdf")
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) == 1
    assert text.count(january.marking) >= 2 and "Page 1 of 1" in text
    assert scope in " ".join(text.split())
    for reference in shown:
        assert reference in text
    assert "Overdue" in text and "Agreed at" not in text

    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == CSV_HEADER
    assert [r[0] for r in read[1:]] == shown
    assert all(SHORT_DATE.match(r[4]) for r in read[1:])
    assert {r[6] for r in read[1:]} <= {rows[ref].raised_at for ref in shown}


def test_the_whole_open_log_runs_over_pages_with_its_header_on_each(
        page: ActionLogPage, tmp_path: Path, messages: Any) -> None:
    page.table.search.setText("Hertsmere Borough Council")  # the search narrows the export too
    shown = refs(page)
    assert 3 < len(shown) < page.table.model.rowCount()
    page.table.search.clear()
    shown = refs(page)
    assert page.export_log(tmp_path / "open.pdf"), messages.errors
    reader = pypdf.PdfReader(tmp_path / "open.pdf")
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert text.count("OFFICIAL-SENSITIVE") == 2 and f"Page {number} of {len(pages)}" in text
        assert "Owner and agency" in text and "Latest update" in text
    joined = "".join(pages).replace("\n", "")
    assert all(reference in joined for reference in shown)
    assert "Agreed at" in joined  # several meetings and cases: each action says where
    page.table.search.setText("Hertsmere Borough Council")
    assert page.export_log(tmp_path / "narrow.csv")
    with (tmp_path / "narrow.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [r[0] for r in list(csv.reader(handle))[1:]] == refs(page)


def test_the_log_prints(page: ActionLogPage, tmp_path: Path, messages: Any) -> None:
    assert page.print_button.isVisible() and page.export_button.isVisible()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = page.print_log(printer)
    assert not messages.errors
    printed = QPdfDocument()
    assert printed.load(str(tmp_path / "printed.pdf")) == QPdfDocument.Error.None_
    assert pages == printed.pageCount() >= 2
    printed.close()


def test_the_buttons_and_the_table_fit_the_laptop(page: ActionLogPage) -> None:
    for button in (page.table.new_button, page.done_button, page.update_button,
                   page.table.edit_button, page.export_button, page.print_button):
        assert button.isVisible()
        assert button.mapTo(page.window(), button.rect().bottomRight()).x() <= LAPTOP[0]
    view = page.table.view
    assert not view.horizontalScrollBar().isVisible()
    assert view.verticalHeader().length() > 0 and view.viewport().height() >= 8 * view.rowHeight(0)
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
