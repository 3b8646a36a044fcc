"""The Audit page on the demo store: the change trail and the access log together, filtered by
person or record, user and dates, exported to CSV (the export itself logged) and read back; shown
in the main window on SQLite."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.admin.audit_page import EMPTY, AuditPage
from jagdesk.services.people.people import list_people, open_person, search_people
from jagdesk.store.opening import Store
from tests.gui.conftest import Messages, Offers


@pytest.fixture
def page(qtbot: Any, demo_store: Store) -> AuditPage:
    with demo_store.unit_of_work("alice") as uow:
        person = list_people(uow)[0]
        open_person(uow, person.id)
    with demo_store.unit_of_work("bob") as uow:
        search_people(uow, "Baldwin")
    audit = AuditPage(demo_store)
    qtbot.addWidget(audit)
    audit.resize(1166, 640)
    audit.show()
    return audit


def _shown(page: AuditPage) -> list[tuple[str, str, str, str]]:
    return [(row.log, row.user, row.action, row.title) for row in page.shown_rows()]


def test_the_page_lists_both_logs_newest_first_and_filters_them(page: AuditPage,
                                                                demo_store: Store) -> None:
    with demo_store.unit_of_work() as uow:
        name = list_people(uow)[0].name
    shown = _shown(page)
    assert shown[:2] == [("access", "bob", "search", "Baldwin"), ("access", "alice", "open", name)]
    assert {row[0] for row in shown} == {"access", "change"}
    page.user.setText("alice")
    page.show_button.click()
    assert _shown(page) == [("access", "alice", "open", name)]
    page.user.clear()
    page.record.setText(name)
    page.show_button.click()
    # The person's opening and every change to their record.
    assert ("access", "alice", "open", name) in _shown(page)
    assert {row[3] for row in _shown(page)} == {name}
    page.record.clear()
    page.last.set_value(date(2010, 1, 1))
    page.show_button.click()
    assert _shown(page) == []
    assert page.count_label.text() == EMPTY


def test_dates_the_wrong_way_round_are_refused_in_one_sentence(page: AuditPage,
                                                               messages: Messages) -> None:
    before = _shown(page)
    page.first.set_value(date(2026, 12, 2))
    page.last.set_value(date(2026, 12, 1))
    page.show_button.click()
    assert messages.errors == ["The From date is after the To date; nothing can match."]
    assert _shown(page) == before


def test_the_entries_shown_are_exported_to_csv_and_the_export_logged(
        page: AuditPage, tmp_path: Path, offers: Offers, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV (*.csv)"))
    page.user.setText("bob")
    page.show_button.click()
    page.export_button.click()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["log", "at (UTC)", "user", "action", "kind", "record id", "record", "details"]
    assert [row[:4] + row[6:7] for row in rows[1:]] == [["access", rows[1][1], "bob", "search", "Baldwin"]]
    # The page shows its own export now, as the access log recorded it.
    page.user.clear()
    page.show_button.click()
    export = _shown(page)[0]
    assert export[0] == "access" and export[2] == "export" and export[3] == "Audit log, 1 entries"


def test_the_main_window_has_the_audit_page_on_sqlite(window: MainWindow) -> None:
    assert any(isinstance(page, AuditPage) for page in window.pages)


def test_looking_and_searching_in_the_window_shows_on_the_audit_page(window: MainWindow,
                                                                     qtbot: Any) -> None:
    people = window.people_page
    window.show_page(window.pages.index(people))
    people.list.view.selectRow(1)
    person = people.list.current_row()
    people.refresh()  # the same person again: not a new look
    people.refresh()
    people.list.search.setText("Baldwin")
    people._search_log.timeout.emit()  # typing paused: the search is logged once
    audit = next(page for page in window.pages if isinstance(page, AuditPage))
    window.show_page(window.pages.index(audit))
    looks = [(row.action, row.kind, row.title) for row in audit.shown_rows() if row.log == "access"]
    assert looks.count(("open", "person", person.name)) == 1
    assert ("search", "person", "Baldwin") in looks
